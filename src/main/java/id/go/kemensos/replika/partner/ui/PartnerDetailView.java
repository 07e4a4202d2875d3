package id.go.kemensos.replika.partner.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AccessDeniedException;
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
import id.go.kemensos.replika.partner.PartnerDetails;
import id.go.kemensos.replika.partner.PartnerForm;
import id.go.kemensos.replika.partner.PartnerService;
import id.go.kemensos.replika.user.UserListItem;
import id.go.kemensos.replika.user.UserService;
import id.go.kemensos.replika.workshop.SponsorshipItem;
import id.go.kemensos.replika.workshop.WorkshopService;
import id.go.kemensos.replika.base.i18n.Formats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import id.go.kemensos.replika.security.CurrentUser;
import id.go.kemensos.replika.security.Role;
import id.go.kemensos.replika.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;

/**
 * One CSR partner, by the id in the URL ({@code partners/new} creates one). Editable by {@code ADMIN}, read-only
 * for others; the service checks the role again on every change.
 */
@Route("partners/:id")
@RolesAllowed({Roles.ADMIN, Roles.PANRB, Roles.DIRECTOR})
class PartnerDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String NEW = "new";

    private final transient PartnerService service;
    private final transient WorkshopService workshops;
    private final transient UserService users;
    private final boolean editable = CurrentUser.require().hasRole(Role.ADMIN);

    private final H2 title = new H2();
    private final Span status = new Span();
    private final Span audit = new Span();
    private final TextField companyName = new TextField();
    private final TextField programmeName = new TextField();
    private final TextField sector = new TextField();
    private final TextField contactPerson = new TextField();
    private final TextField email = new TextField();
    private final TextField phone = new TextField();
    private final Button save = new Button();
    private final Button cancel = new Button();
    private final Button toggleActive = new Button();
    /** Sponsorships of this partner; filled by the sponsorship feature. */
    private final VerticalLayout sponsorships = new VerticalLayout();
    private final TranslatingBinder<PartnerForm> binder = new TranslatingBinder<>(PartnerForm.class, this);
    private final Map<String, HasValue<?, ?>> fieldsByProperty;

    private PartnerDetails current;

    private final Div history = new Div();

    PartnerDetailView(PartnerService service, WorkshopService workshops, UserService users) {
        this.workshops = workshops;
        this.users = users;
        this.service = service;
        addClassName("view");
        title.addClassName("view-title");
        title.setId("partner-title");
        status.setId("partner-status");
        audit.addClassName("muted");

        setUp(companyName, "partner-company", "partner.field.companyName", PartnerService.COMPANY_MAX);
        setUp(programmeName, "partner-programme", "partner.field.programmeName", PartnerService.PROGRAMME_MAX);
        setUp(sector, "partner-sector", "partner.field.sector", PartnerService.SECTOR_MAX);
        setUp(contactPerson, "partner-contact", "partner.field.contactPerson", PartnerService.CONTACT_MAX);
        setUp(email, "partner-email", "partner.field.email", PartnerService.EMAIL_MAX);
        setUp(phone, "partner-phone", "partner.field.phone", PartnerService.PHONE_MAX);

        companyName.setRequiredIndicatorVisible(true);
        binder.forField(companyName).bind("companyName");
        binder.forField(programmeName).bind("programmeName");
        binder.forField(sector).bind("sector");
        binder.forField(contactPerson).bind("contactPerson");
        binder.forField(email).bind("email");
        binder.forField(phone).bind("phone");
        fieldsByProperty = Map.of("companyName", companyName, "programmeName", programmeName, "sector", sector,
                "contactPerson", contactPerson, "email", email, "phone", phone);

        FormLayout form = new FormLayout(companyName, programmeName, sector, contactPerson, email, phone);
        form.setColspan(companyName, 2);
        form.setColspan(programmeName, 2);

        save.setText(getTranslation("action.save"));
        save.setId("partner-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(event -> save());
        cancel.setText(getTranslation("action.cancel"));
        cancel.setId("partner-cancel");
        cancel.addClickListener(event -> discardChanges());
        toggleActive.setId("partner-toggle-active");
        toggleActive.addClickListener(event -> confirmToggleActive());
        HorizontalLayout actions = new HorizontalLayout(save, cancel, toggleActive);
        actions.setVisible(editable);
        binder.setReadOnly(!editable);

        sponsorships.setId("partner-sponsorships");
        sponsorships.setPadding(false);

        RouterLink back = new RouterLink(getTranslation("partner.action.back"), PartnerListView.class);
        add(back, new HorizontalLayout(title, status), form, actions, audit, sponsorships, history);
    }

    /** The partner's sponsorships, and for an administrator a way to record one. */
    private void showSponsorships(PartnerDetails details) {
        sponsorships.removeAll();
        sponsorships.add(new H3(getTranslation("workshop.section.sponsorships")));
        Grid<SponsorshipItem> grid = new Grid<>();
        grid.setId("partner-sponsorship-grid");
        grid.addColumn(SponsorshipItem::workshopName).setHeader(getTranslation("workshop.field.name")).setFlexGrow(2);
        grid.addColumn(item -> getTranslation("sponsorship.kind." + item.kind().name()))
                .setHeader(getTranslation("sponsorship.field.kind")).setAutoWidth(true);
        grid.addColumn(item -> Formats.money(item.amount())).setHeader(getTranslation("sponsorship.field.amount"))
                .setAutoWidth(true);
        grid.addColumn(item -> Formats.date(item.startDate(), getLocale()) + " – " + (item.endDate() == null
                        ? getTranslation("sponsorship.ongoing") : Formats.date(item.endDate(), getLocale())))
                .setHeader(getTranslation("sponsorship.field.period")).setAutoWidth(true);
        grid.setItems(workshops.sponsorshipsOf(details.id()));
        grid.setAllRowsVisible(true);
        sponsorships.add(grid);
        if (editable) {
            Button add = new Button(getTranslation("sponsorship.add"), event -> new SponsorshipDialog(workshops,
                    details.id(), () -> showSponsorships(details)).open());
            add.setId("sponsorship-add");
            sponsorships.add(add);
            showUsers(details);
        }
    }

    /** The company's accounts (administrators only): who may sign in for it, and adding or stopping one. */
    private void showUsers(PartnerDetails details) {
        sponsorships.add(new H3(getTranslation("partner.users.title")));
        Grid<UserListItem> grid = new Grid<>();
        grid.setId("partner-user-grid");
        grid.addColumn(UserListItem::username).setHeader(getTranslation("partner.users.username")).setAutoWidth(true);
        grid.addColumn(UserListItem::fullName).setHeader(getTranslation("partner.users.fullName")).setFlexGrow(2);
        grid.addColumn(UserListItem::email).setHeader(getTranslation("partner.users.email")).setFlexGrow(2);
        grid.addComponentColumn(user -> {
            Button toggle = new Button(getTranslation(user.active() ? "partner.users.deactivate"
                    : "partner.users.activate"), event -> confirmUser(details, user));
            toggle.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            return toggle;
        }).setAutoWidth(true);
        grid.setItems(users.usersOfPartner(details.id()));
        grid.setAllRowsVisible(true);
        Button add = new Button(getTranslation("partner.users.add"), event -> new PartnerUserDialog(users,
                details.id(), () -> showSponsorships(details)).open());
        add.setId("partner-user-add");
        sponsorships.add(grid, add);
    }

    private void confirmUser(PartnerDetails details, UserListItem user) {
        com.vaadin.flow.component.confirmdialog.ConfirmDialog dialog =
                new com.vaadin.flow.component.confirmdialog.ConfirmDialog();
        dialog.setHeader(getTranslation(user.active() ? "partner.users.deactivate" : "partner.users.activate")
                + ": " + user.username());
        dialog.setText(getTranslation(user.active() ? "partner.users.deactivateText" : "partner.users.activateText"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation(user.active() ? "partner.users.deactivate" : "partner.users.activate"));
        dialog.addConfirmListener(event -> {
            users.setActive(user.id(), !user.active());
            showSponsorships(details);
        });
        dialog.open();
    }

    private void setUp(TextField field, String id, String labelKey, int maxLength) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setMaxLength(maxLength);
    }

    static RouteParameters params(String id) {
        return new RouteParameters("id", id);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        if (NEW.equals(id)) {
            if (!editable) {
                event.rerouteToError(AccessDeniedException.class);
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
        binder.readBean(new PartnerForm());
        title.setText(getTranslation("partner.action.new"));
        status.setText("");
        audit.setText("");
        toggleActive.setVisible(false);
    }

    private void show(PartnerDetails details) {
        binder.readBean(details.toForm());
        clearLatestValueHints();
        showRecordState(details);
    }

    /** Title, status, audit line and the version the next save is based on; leaves the form fields alone. */
    private void showRecordState(PartnerDetails details) {
        showHistory(details.id());
        current = details;
        title.setText(details.companyName());
        status.setText(getTranslation(details.active() ? "partner.status.active" : "partner.status.inactive"));
        status.setClassName("status-inactive", !details.active());
        audit.setText(Messages.auditSummary(this, details.createdBy(), details.createdAt(), details.modifiedBy(),
                details.modifiedAt()));
        showSponsorships(details);
        toggleActive.setVisible(true);
        toggleActive.setText(getTranslation(details.active() ? "partner.action.deactivate"
                : "partner.action.activate"));
        toggleActive.removeThemeVariants(ButtonVariant.ERROR);
        if (details.active()) {
            toggleActive.addThemeVariants(ButtonVariant.ERROR);
        }
    }

    private void save() {
        PartnerForm form = new PartnerForm();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            boolean created = current == null;
            PartnerDetails saved = created ? service.create(form)
                    : service.update(current.id(), current.version(), form);
            Messages.success(this, created ? "partner.saved.created" : "partner.saved.updated",
                    saved.companyName());
            if (created) {
                getUI().ifPresent(ui -> ui.navigate(PartnerDetailView.class, params(String.valueOf(saved.id()))));
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
            getUI().ifPresent(ui -> ui.navigate(PartnerListView.class));
        } else {
            show(service.get(current.id()));
        }
    }

    private void offerReload() {
        StaleEdit.offer(this, () -> show(service.get(current.id())),
                () -> keepInputAndCompare(service.get(current.id())));
    }

    private void keepInputAndCompare(PartnerDetails latest) {
        PartnerForm mine = new PartnerForm();
        binder.writeBeanAsDraft(mine, true);
        PartnerForm stored = latest.toForm();
        clearLatestValueHints();
        StaleEdit.hint(this, companyName, mine.getCompanyName(), stored.getCompanyName(), String::valueOf);
        StaleEdit.hint(this, programmeName, mine.getProgrammeName(), stored.getProgrammeName(), String::valueOf);
        StaleEdit.hint(this, sector, mine.getSector(), stored.getSector(), String::valueOf);
        StaleEdit.hint(this, contactPerson, mine.getContactPerson(), stored.getContactPerson(), String::valueOf);
        StaleEdit.hint(this, email, mine.getEmail(), stored.getEmail(), String::valueOf);
        StaleEdit.hint(this, phone, mine.getPhone(), stored.getPhone(), String::valueOf);
        showRecordState(latest);
    }

    private void clearLatestValueHints() {
        StaleEdit.clearHints(companyName, programmeName, sector, contactPerson, email, phone);
    }

    private void confirmToggleActive() {
        boolean deactivate = current.active();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("toggle-active-dialog");
        dialog.setHeader(getTranslation(deactivate ? "partner.confirm.deactivate.title"
                : "partner.confirm.activate.title", current.companyName()));
        dialog.setText(getTranslation(deactivate ? "partner.confirm.deactivate.text"
                : "partner.confirm.activate.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation(deactivate ? "partner.action.deactivate" : "partner.action.activate"));
        if (deactivate) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.addConfirmListener(event -> {
            try {
                // only the status changes: whatever the user has typed in the form stays there, unsaved
                showRecordState(service.setActive(current.id(), current.version(), !deactivate));
                Messages.success(this, deactivate ? "partner.saved.deactivated" : "partner.saved.activated",
                        current.companyName());
            } catch (StaleDataException e) {
                offerReload();
            }
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return (current == null ? getTranslation("partner.action.new") : current.companyName()) + " · Replika";
    }

    /** The record's audit entries, loaded when the section is opened. */
    private void showHistory(long id) {
        history.removeAll();
        history.setWidthFull();
        history.add(new HistorySection(limit -> service.history(id, limit), PartnerService.RECORD_TYPE, id));
    }
}
