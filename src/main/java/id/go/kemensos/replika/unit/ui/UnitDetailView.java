package id.go.kemensos.replika.unit.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import id.go.kemensos.replika.audit.HistorySection;
import id.go.kemensos.replika.base.BusinessException;
import id.go.kemensos.replika.base.StaleDataException;
import id.go.kemensos.replika.base.ui.Messages;
import id.go.kemensos.replika.base.ui.StaleEdit;
import id.go.kemensos.replika.base.ui.TranslatingBinder;
import id.go.kemensos.replika.security.CurrentUser;
import id.go.kemensos.replika.security.Role;
import id.go.kemensos.replika.security.Roles;
import id.go.kemensos.replika.unit.UnitDetails;
import id.go.kemensos.replika.unit.UnitForm;
import id.go.kemensos.replika.unit.UnitPageSection;
import id.go.kemensos.replika.unit.UnitRef;
import id.go.kemensos.replika.unit.UnitService;
import id.go.kemensos.replika.unit.UnitType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One unit, by the id in the URL ({@code units/new} creates one). Editable by {@code ADMIN}, read-only for others;
 * the service checks the role again on every change.
 */
@Route("units/:id")
@RolesAllowed({Roles.ADMIN, Roles.PANRB, Roles.DIRECTOR, Roles.UPT_OPERATOR})
class UnitDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String NEW = "new";

    private final transient UnitService service;
    private final transient ObjectProvider<UnitPageSection> sections;
    private final boolean editable = CurrentUser.require().hasRole(Role.ADMIN);

    private final H2 title = new H2();
    private final Span status = new Span();
    private final Span audit = new Span();
    private final VerticalLayout extras = new VerticalLayout();
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final Select<UnitType> type = new Select<>();
    private final ComboBox<UnitRef> parent = new ComboBox<>();
    private final TextField city = new TextField();
    private final TextField province = new TextField();
    private final TextField headName = new TextField();
    private final Button save = new Button();
    private final Button cancel = new Button();
    private final Button toggleActive = new Button();
    private final TranslatingBinder<UnitForm> binder = new TranslatingBinder<>(UnitForm.class, this);
    private final Map<String, HasValue<?, ?>> fieldsByProperty;

    private UnitDetails current;

    private final Div history = new Div();

    UnitDetailView(UnitService service, ObjectProvider<UnitPageSection> sections) {
        this.service = service;
        this.sections = sections;
        addClassName("view");
        title.addClassName("view-title");
        title.setId("unit-title");
        status.setId("unit-status");
        audit.addClassName("muted");
        extras.setId("unit-sections");
        extras.setPadding(false);

        code.setId("unit-code");
        code.setLabel(getTranslation("unit.field.code"));
        code.setMaxLength(UnitService.CODE_MAX);
        name.setId("unit-name");
        name.setLabel(getTranslation("unit.field.name"));
        name.setMaxLength(UnitService.NAME_MAX);
        type.setId("unit-type");
        type.setLabel(getTranslation("unit.field.type"));
        type.setItems(UnitType.values());
        type.setItemLabelGenerator(value -> getTranslation("unit.type." + value.name()));
        parent.setId("unit-parent");
        parent.setLabel(getTranslation("unit.field.parent"));
        parent.setItems(query -> service.lookup(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        parent.setItemLabelGenerator(UnitRef::label);
        parent.setClearButtonVisible(true);
        city.setId("unit-city");
        city.setLabel(getTranslation("unit.field.city"));
        city.setMaxLength(UnitService.PLACE_MAX);
        province.setId("unit-province");
        province.setLabel(getTranslation("unit.field.province"));
        province.setMaxLength(UnitService.PLACE_MAX);
        headName.setId("unit-head");
        headName.setLabel(getTranslation("unit.field.headName"));
        headName.setMaxLength(UnitService.HEAD_MAX);

        code.setRequiredIndicatorVisible(true);
        name.setRequiredIndicatorVisible(true);
        binder.forField(code).bind("code");
        binder.forField(name).bind("name");
        binder.forField(type).bind("type");
        binder.forField(parent).bind("parent");
        binder.forField(city).bind("city");
        binder.forField(province).bind("province");
        binder.forField(headName).bind("headName");
        fieldsByProperty = Map.of("code", code, "name", name, "type", type, "parent", parent, "city", city,
                "province", province, "headName", headName);

        FormLayout form = new FormLayout(code, name, type, parent, city, province, headName);
        form.setColspan(name, 2);

        save.setText(getTranslation("action.save"));
        save.setId("unit-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(event -> save());
        cancel.setText(getTranslation("action.cancel"));
        cancel.setId("unit-cancel");
        cancel.addClickListener(event -> discardChanges());
        toggleActive.setId("unit-toggle-active");
        toggleActive.addClickListener(event -> confirmToggleActive());
        HorizontalLayout actions = new HorizontalLayout(save, cancel, toggleActive);
        actions.setVisible(editable);
        binder.setReadOnly(!editable);

        RouterLink back = new RouterLink(getTranslation("unit.action.back"), UnitListView.class);
        add(back, new HorizontalLayout(title, status), form, actions, audit, extras, history);
    }

    static RouteParameters params(String id) {
        return new RouteParameters("id", id);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        if (NEW.equals(id)) {
            if (!editable) {
                event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
                return;
            }
            showNew();
            return;
        }
        try {
            show(service.get(Long.parseLong(id)));
        } catch (NumberFormatException | id.go.kemensos.replika.base.NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void showNew() {
        history.removeAll();
        current = null;
        UnitForm blank = new UnitForm();
        blank.setType(UnitType.UPT);
        binder.readBean(blank);
        title.setText(getTranslation("unit.detail.newTitle"));
        status.setText("");
        audit.setText("");
        toggleActive.setVisible(false);
        extras.removeAll();
    }

    private void show(UnitDetails details) {
        binder.readBean(details.toForm());
        clearLatestValueHints();
        showRecordState(details);
        extras.removeAll();
        sections.orderedStream().forEach(section -> extras.add(section.create(details)));
    }

    /** Title, status, audit line and the version the next save is based on; leaves the form fields alone. */
    private void showRecordState(UnitDetails details) {
        showHistory(details.id());
        current = details;
        title.setText(details.name());
        status.setText(getTranslation(details.active() ? "unit.status.active" : "unit.status.inactive"));
        status.setClassName("status-inactive", !details.active());
        audit.setText(Messages.auditSummary(this, details.createdBy(), details.createdAt(), details.modifiedBy(),
                details.modifiedAt()));
        toggleActive.setVisible(true);
        toggleActive.setText(getTranslation(details.active() ? "unit.action.deactivate" : "unit.action.activate"));
        toggleActive.removeThemeVariants(ButtonVariant.ERROR);
        if (details.active()) {
            toggleActive.addThemeVariants(ButtonVariant.ERROR);
        }
    }

    private void save() {
        UnitForm form = new UnitForm();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            boolean created = current == null;
            UnitDetails saved = created ? service.create(form) : service.update(current.id(), current.version(), form);
            Messages.success(this, created ? "unit.saved.created" : "unit.saved.updated", saved.name());
            if (created) {
                getUI().ifPresent(ui -> ui.navigate(UnitDetailView.class, params(String.valueOf(saved.id()))));
            } else {
                show(saved);
            }
        } catch (StaleDataException e) {
            offerReload();
        } catch (BusinessException | ConstraintViolationException e) {
            Messages.showRefusal(this, e, fieldsByProperty);
        }
    }

    private void discardChanges() {
        if (current == null) {
            getUI().ifPresent(ui -> ui.navigate(UnitListView.class));
        } else {
            show(service.get(current.id()));
        }
    }

    private void offerReload() {
        StaleEdit.offer(this, () -> show(service.get(current.id())),
                () -> keepInputAndCompare(service.get(current.id())));
    }

    private void keepInputAndCompare(UnitDetails latest) {
        UnitForm mine = new UnitForm();
        binder.writeBeanAsDraft(mine, true);
        UnitForm stored = latest.toForm();
        clearLatestValueHints();
        StaleEdit.hint(this, code, mine.getCode(), stored.getCode(), String::valueOf);
        StaleEdit.hint(this, name, mine.getName(), stored.getName(), String::valueOf);
        StaleEdit.hint(this, type, mine.getType(), stored.getType(),
                value -> getTranslation("unit.type." + value.name()));
        StaleEdit.hint(this, parent, mine.getParent(), stored.getParent(), UnitRef::label);
        StaleEdit.hint(this, city, mine.getCity(), stored.getCity(), String::valueOf);
        StaleEdit.hint(this, province, mine.getProvince(), stored.getProvince(), String::valueOf);
        StaleEdit.hint(this, headName, mine.getHeadName(), stored.getHeadName(), String::valueOf);
        showRecordState(latest);
    }

    private void clearLatestValueHints() {
        StaleEdit.clearHints(code, name, type, parent, city, province, headName);
    }

    private void confirmToggleActive() {
        boolean deactivate = current.active();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("toggle-active-dialog");
        dialog.setHeader(getTranslation(deactivate ? "unit.confirm.deactivate.title" : "unit.confirm.activate.title",
                current.name()));
        dialog.setText(getTranslation(deactivate ? "unit.confirm.deactivate.text" : "unit.confirm.activate.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation(deactivate ? "unit.action.deactivate" : "unit.action.activate"));
        if (deactivate) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.addConfirmListener(event -> {
            try {
                // only the status changes: whatever the user has typed in the form stays there, unsaved
                showRecordState(service.setActive(current.id(), current.version(), !deactivate));
                Messages.success(this, deactivate ? "unit.saved.deactivated" : "unit.saved.activated",
                        current.name());
            } catch (StaleDataException e) {
                offerReload();
            }
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return (current == null ? getTranslation("unit.detail.newTitle") : current.name()) + " · Replika";
    }

    /** The record's audit entries, loaded when the section is opened. */
    private void showHistory(long id) {
        history.removeAll();
        history.setWidthFull();
        history.add(new HistorySection(limit -> service.history(id, limit), UnitService.RECORD_TYPE, id));
    }
}
