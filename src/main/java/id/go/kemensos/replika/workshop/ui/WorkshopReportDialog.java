package id.go.kemensos.replika.workshop.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import id.go.kemensos.replika.base.BusinessException;
import id.go.kemensos.replika.base.i18n.Formats;
import id.go.kemensos.replika.base.ui.Messages;
import id.go.kemensos.replika.base.ui.TranslatingBinder;
import id.go.kemensos.replika.workshop.WorkshopDetails;
import id.go.kemensos.replika.workshop.WorkshopReportForm;
import id.go.kemensos.replika.workshop.WorkshopService;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A month's figures, with last month's shown for reference. A figure ten times last month's asks for an explicit
 * confirmation before it is saved; the input stays until the service accepts it.
 */
class WorkshopReportDialog extends Dialog {

    private final transient WorkshopService service;
    private final long workshopId;
    private final Consumer<WorkshopDetails> saved;

    WorkshopReportDialog(WorkshopService service, long workshopId, Consumer<WorkshopDetails> saved) {
        this.service = service;
        this.workshopId = workshopId;
        this.saved = saved;
        setId("workshop-report-dialog");
        setHeaderTitle(getTranslation("workshop.report.dialog"));
        service.lastReport(workshopId).ifPresent(last -> add(new Paragraph(getTranslation("workshop.report.last",
                Formats.monthYear(last.month(), getLocale()), last.members(), Formats.money(last.revenue())))));

        DatePicker month = new DatePicker(getTranslation("workshop.report.month"));
        month.setId("workshop-report-month");
        month.setValue(LocalDate.now(Formats.ZONE).withDayOfMonth(1).minusMonths(1));
        month.setMax(LocalDate.now(Formats.ZONE));
        IntegerField members = number("workshop-report-members", "workshop.report.members");
        IntegerField mentors = number("workshop-report-mentors", "workshop.report.mentors");
        IntegerField units = number("workshop-report-units", "workshop.report.units");
        TextField revenue = new TextField(getTranslation("workshop.report.revenue"));
        revenue.setId("workshop-report-revenue");
        revenue.setPrefixComponent(new com.vaadin.flow.component.html.Span("Rp"));
        TextField income = new TextField(getTranslation("workshop.report.income"));
        income.setId("workshop-report-income");
        income.setPrefixComponent(new com.vaadin.flow.component.html.Span("Rp"));
        numericKeyboard(revenue);
        numericKeyboard(income);
        TextField notes = new TextField(getTranslation("workshop.report.notes"));
        notes.setId("workshop-report-notes");

        TranslatingBinder<WorkshopReportForm> binder = new TranslatingBinder<>(WorkshopReportForm.class, this);
        binder.forField(month).bind("month");
        binder.forField(members).bind("members");
        binder.forField(mentors).bind("mentors");
        binder.forField(units).bind("unitsProduced");
        binder.forField(revenue).withConverter(new RupiahConverter()).bind("revenue");
        binder.forField(income).withConverter(new RupiahConverter()).bind("averageIncome");
        binder.forField(notes).bind("notes");
        Map<String, HasValue<?, ?>> fields = Map.of("month", month, "members", members, "mentors", mentors,
                "unitsProduced", units, "revenue", revenue, "averageIncome", income, "notes", notes);

        FormLayout form = new FormLayout(month, members, mentors, units, revenue, income, notes);
        form.setColspan(notes, 2);
        add(form);

        Button save = new Button(getTranslation("action.save"), event -> {
            WorkshopReportForm entered = new WorkshopReportForm();
            if (binder.writeBeanIfValid(entered)) {
                submit(entered, false, fields);
            }
        });
        save.setId("workshop-report-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), event -> close()), save);
    }

    /** Phones show digits for a Rupiah field (typed as "1500000" or "1.500.000"); the text field has no property. */
    private static void numericKeyboard(TextField field) {
        field.getElement().executeJs("const field = this; customElements.whenDefined(field.localName).then(() => {"
                + " const input = field.inputElement || field.querySelector('input');"
                + " if (input) { input.setAttribute('inputmode', 'numeric'); } })");
    }

    private void submit(WorkshopReportForm entered, boolean confirmedJump, Map<String, HasValue<?, ?>> fields) {
        try {
            WorkshopDetails result = service.addReport(workshopId, entered, confirmedJump);
            close();
            Messages.success(this, "workshop.report.saved");
            saved.accept(result);
        } catch (BusinessException e) {
            if ("workshop.report.implausible".equals(e.getMessageKey())) {
                ConfirmDialog confirm = new ConfirmDialog();
                confirm.setId("workshop-report-jump");
                confirm.setHeader(getTranslation("workshop.report.implausible.title"));
                confirm.setText(getTranslation(e.getMessageKey(), e.getArgs()));
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("action.cancel"));
                confirm.setConfirmText(getTranslation("workshop.report.implausible.confirm"));
                confirm.addConfirmListener(ok -> submit(entered, true, fields));
                confirm.open();
            } else {
                Messages.showRejection(this, e, fields);
            }
        } catch (ConstraintViolationException e) {
            Messages.showViolations(this, e, fields);
        }
    }

    private IntegerField number(String id, String labelKey) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setId(id);
        field.setMin(0);
        return field;
    }
}
