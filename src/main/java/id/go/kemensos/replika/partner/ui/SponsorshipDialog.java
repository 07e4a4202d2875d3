package id.go.kemensos.replika.partner.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import id.go.kemensos.replika.base.BusinessException;
import id.go.kemensos.replika.base.ui.Messages;
import id.go.kemensos.replika.workshop.SponsorshipForm;
import id.go.kemensos.replika.workshop.SponsorshipKind;
import id.go.kemensos.replika.workshop.WorkshopFilter;
import id.go.kemensos.replika.workshop.WorkshopListItem;
import id.go.kemensos.replika.workshop.WorkshopService;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.util.Map;

/** Records what this partner gives a workshop (administrators only; the service checks again). */
class SponsorshipDialog extends Dialog {

    SponsorshipDialog(WorkshopService workshops, long partnerId, Runnable saved) {
        setId("sponsorship-dialog");
        setHeaderTitle(getTranslation("sponsorship.add"));
        ComboBox<WorkshopListItem> workshop = new ComboBox<>(getTranslation("workshop.field.name"));
        workshop.setId("sponsorship-workshop");
        workshop.setItems(query -> workshops.search(new WorkshopFilter(query.getFilter().orElse(null), null, null,
                null, null), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        workshop.setItemLabelGenerator(item -> item.name() + " · " + item.regency());
        DatePicker start = new DatePicker(getTranslation("sponsorship.start"));
        DatePicker end = new DatePicker(getTranslation("sponsorship.end"));
        BigDecimalField amount = new BigDecimalField(getTranslation("sponsorship.field.amount"));
        amount.setPrefixComponent(new com.vaadin.flow.component.html.Span("Rp"));
        Select<SponsorshipKind> kind = new Select<>();
        kind.setLabel(getTranslation("sponsorship.field.kind"));
        kind.setItems(SponsorshipKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("sponsorship.kind." + value.name()));
        kind.setValue(SponsorshipKind.CASH);
        TextField description = new TextField(getTranslation("workshop.field.description"));
        Map<String, HasValue<?, ?>> fields = Map.of("startDate", start, "endDate", end, "amount", amount, "kind",
                kind, "description", description, "partner", workshop);
        FormLayout form = new FormLayout(workshop, kind, start, end, amount, description);
        add(form);
        Button save = new Button(getTranslation("action.save"), event -> {
            if (workshop.getValue() == null) {
                workshop.setErrorMessage(getTranslation("sponsorship.validation.workshopRequired"));
                workshop.setInvalid(true);
                return;
            }
            SponsorshipForm entered = new SponsorshipForm();
            entered.setStartDate(start.getValue());
            entered.setEndDate(end.getValue());
            BigDecimal value = amount.getValue();
            entered.setAmount(value == null ? null : value.longValue());
            entered.setKind(kind.getValue());
            entered.setDescription(description.getValue());
            try {
                workshops.addSponsorship(workshop.getValue().id(), partnerId, entered);
                close();
                Messages.success(this, "sponsorship.saved");
                saved.run();
            } catch (BusinessException | ConstraintViolationException e) {
                Messages.showRefusal(this, e, fields);
            }
        });
        save.setId("sponsorship-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), event -> close()), save);
    }
}
