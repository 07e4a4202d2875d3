package id.go.kemensos.replika.workshop.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
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
import id.go.kemensos.replika.base.i18n.Formats;
import id.go.kemensos.replika.base.ui.Messages;
import id.go.kemensos.replika.base.ui.TranslatingBinder;
import id.go.kemensos.replika.document.DocumentAccess;
import id.go.kemensos.replika.document.DocumentContent;
import id.go.kemensos.replika.document.DocumentInfo;
import id.go.kemensos.replika.document.DocumentType;
import id.go.kemensos.replika.document.DocumentsPanel;
import id.go.kemensos.replika.security.CurrentUser;
import id.go.kemensos.replika.security.Role;
import id.go.kemensos.replika.unit.UnitRef;
import id.go.kemensos.replika.unit.UnitService;
import id.go.kemensos.replika.workshop.SponsorshipItem;
import id.go.kemensos.replika.workshop.TestimonialItem;
import id.go.kemensos.replika.workshop.WorkshopDetails;
import id.go.kemensos.replika.workshop.WorkshopForm;
import id.go.kemensos.replika.workshop.WorkshopReportItem;
import id.go.kemensos.replika.workshop.WorkshopService;
import id.go.kemensos.replika.workshop.WorkshopStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolationException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One workshop: the record, its monthly figures with a 24-month trend, sponsorships (a partner sees only its own),
 * testimonials and documents. {@code workshops/new} records one. The service decides who sees and changes what.
 */
@Route("workshops/:id")
@PermitAll
class WorkshopDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String NEW = "new";

    private final transient WorkshopService service;
    private final transient UnitService units;
    private final H2 title = new H2();
    private final Span subtitle = new Span();
    private final ComboBox<UnitRef> coachingUnit = new ComboBox<>();
    private final TextField name = new TextField();
    private final TextField village = new TextField();
    private final TextField regency = new TextField();
    private final TextField province = new TextField();
    private final DatePicker founded = new DatePicker();
    private final TextField selfHelpGroup = new TextField();
    private final DatePicker mentoringStart = new DatePicker();
    private final DatePicker mentoringEnd = new DatePicker();
    private final TextField mentors = new TextField();
    private final TextField products = new TextField();
    private final Select<WorkshopStatus> status = new Select<>();
    private final TextArea description = new TextArea();
    private final Button save = new Button();
    private final TranslatingBinder<WorkshopForm> binder = new TranslatingBinder<>(WorkshopForm.class, this);
    private final Map<String, HasValue<?, ?>> fields;
    private final VerticalLayout figures = new VerticalLayout();
    private final Grid<WorkshopReportItem> months = new Grid<>();
    private final Button addReport = new Button();
    private final Div trends = new Div();
    private final Grid<SponsorshipItem> sponsors = new Grid<>();
    private final VerticalLayout testimonials = new VerticalLayout();
    private final Button addTestimonial = new Button();
    private final DocumentsPanel documents;
    private final VerticalLayout sections = new VerticalLayout();
    private WorkshopDetails current;

    private final Div history = new Div();

    WorkshopDetailView(WorkshopService service, UnitService units) {
        this.service = service;
        this.units = units;
        addClassName("view");
        title.addClassName("view-title");
        title.setId("workshop-title");
        subtitle.addClassName("muted");

        coachingUnit.setId("workshop-unit");
        coachingUnit.setLabel(getTranslation("workshop.field.unit"));
        coachingUnit.setItemLabelGenerator(UnitRef::name);
        label(name, "workshop-name", "workshop.field.name");
        name.setRequiredIndicatorVisible(true);
        label(village, "workshop-village", "workshop.field.village");
        label(regency, "workshop-regency", "workshop.field.regency");
        regency.setRequiredIndicatorVisible(true);
        label(province, "workshop-province", "workshop.field.province");
        province.setRequiredIndicatorVisible(true);
        founded.setId("workshop-founded");
        founded.setLabel(getTranslation("workshop.field.founded"));
        label(selfHelpGroup, "workshop-group", "workshop.field.selfHelpGroup");
        mentoringStart.setLabel(getTranslation("workshop.field.mentoringStart"));
        mentoringEnd.setLabel(getTranslation("workshop.field.mentoringEnd"));
        label(mentors, "workshop-mentors", "workshop.field.mentors");
        label(products, "workshop-products", "workshop.field.products");
        status.setId("workshop-status");
        status.setLabel(getTranslation("workshop.field.status"));
        status.setItems(WorkshopStatus.values());
        status.setItemLabelGenerator(value -> getTranslation("workshop.status." + value.name()));
        description.setId("workshop-description");
        description.setLabel(getTranslation("workshop.field.description"));
        description.setMaxLength(WorkshopService.DESCRIPTION_MAX);
        binder.forField(name).bind("name");
        binder.forField(village).bind("village");
        binder.forField(regency).bind("regency");
        binder.forField(province).bind("province");
        binder.forField(founded).bind("founded");
        binder.forField(selfHelpGroup).bind("selfHelpGroup");
        binder.forField(mentoringStart).bind("mentoringStart");
        binder.forField(mentoringEnd).bind("mentoringEnd");
        binder.forField(mentors).bind("mentors");
        binder.forField(products).bind("products");
        binder.forField(status).bind("status");
        binder.forField(description).bind("description");
        fields = Map.ofEntries(Map.entry("name", name), Map.entry("village", village), Map.entry("regency", regency),
                Map.entry("province", province), Map.entry("founded", founded),
                Map.entry("mentoringEnd", mentoringEnd), Map.entry("status", status),
                Map.entry("coachingUnit", coachingUnit), Map.entry("description", description));
        FormLayout form = new FormLayout(coachingUnit, name, village, regency, province, founded, selfHelpGroup,
                status, mentoringStart, mentoringEnd, mentors, products, description);
        form.setColspan(description, 2);
        save.setText(getTranslation("action.save"));
        save.setId("workshop-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(event -> save());

        months.setId("workshop-months");
        months.addColumn(r -> Formats.monthYear(r.month(), getLocale()))
                .setHeader(getTranslation("workshop.report.month")).setAutoWidth(true);
        months.addColumn(WorkshopReportItem::members).setHeader(getTranslation("workshop.report.members"))
                .setAutoWidth(true);
        months.addColumn(WorkshopReportItem::mentors).setHeader(getTranslation("workshop.report.mentors"))
                .setAutoWidth(true);
        months.addColumn(WorkshopReportItem::unitsProduced).setHeader(getTranslation("workshop.report.units"))
                .setAutoWidth(true);
        months.addColumn(r -> Formats.money(r.revenue())).setHeader(getTranslation("workshop.report.revenue"))
                .setAutoWidth(true);
        months.addColumn(r -> Formats.money(r.averageIncome())).setHeader(getTranslation("workshop.report.income"))
                .setAutoWidth(true);
        months.addColumn(WorkshopReportItem::notes).setHeader(getTranslation("workshop.report.notes"))
                .setFlexGrow(2);
        months.setAllRowsVisible(true);
        addReport.setText(getTranslation("workshop.report.add"));
        addReport.setId("workshop-report-add");
        addReport.addClickListener(event -> new WorkshopReportDialog(service, current.id(), this::showState).open());
        figures.setPadding(false);
        figures.add(new H3(getTranslation("workshop.section.figures")), addReport, trends, months);

        sponsors.setId("workshop-sponsors");
        sponsors.addColumn(SponsorshipItem::partnerName).setHeader(getTranslation("sponsorship.field.partner"))
                .setFlexGrow(2);
        sponsors.addColumn(s -> getTranslation("sponsorship.kind." + s.kind().name()))
                .setHeader(getTranslation("sponsorship.field.kind")).setAutoWidth(true);
        sponsors.addColumn(s -> Formats.money(s.amount())).setHeader(getTranslation("sponsorship.field.amount"))
                .setAutoWidth(true);
        sponsors.addColumn(s -> Formats.date(s.startDate(), getLocale()) + " – "
                        + (s.endDate() == null ? getTranslation("sponsorship.ongoing")
                        : Formats.date(s.endDate(), getLocale())))
                .setHeader(getTranslation("sponsorship.field.period")).setAutoWidth(true);
        sponsors.setAllRowsVisible(true);

        testimonials.setId("workshop-testimonials");
        testimonials.setPadding(false);
        addTestimonial.setText(getTranslation("testimonial.add"));
        addTestimonial.setId("testimonial-add");
        addTestimonial.addClickListener(event -> new TestimonialDialog(service, current.id(), this::showState).open());
        documents = new DocumentsPanel("workshop-documents", WorkshopService.documentTypes(),
                service.maxDocumentBytes());

        sections.setPadding(false);
        sections.add(figures, new H3(getTranslation("workshop.section.sponsorships")), sponsors,
                new H3(getTranslation("workshop.section.testimonials")), addTestimonial, testimonials, documents);
        RouterLink back = new RouterLink(getTranslation("menu.workshops"), WorkshopListView.class);
        add(back, title, subtitle, form, save, sections, history);
    }

    private void label(TextField field, String id, String key) {
        field.setId(id);
        field.setLabel(getTranslation(key));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        if (NEW.equals(id)) {
            var user = CurrentUser.require();
            if (!user.hasRole(Role.ADMIN) && !user.hasRole(Role.UPT_OPERATOR)) {
                event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
                return;
            }
            showNew(user.hasRole(Role.ADMIN), user.getUnitId());
            return;
        }
        try {
            show(service.get(Long.parseLong(id)));
        } catch (NumberFormatException | id.go.kemensos.replika.base.NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void showNew(boolean admin, Long ownUnit) {
        history.removeAll();
        current = null;
        WorkshopForm blank = new WorkshopForm();
        blank.setStatus(WorkshopStatus.MENTORING);
        binder.readBean(blank);
        binder.setReadOnly(false);
        coachingUnit.setItems(query -> units.lookup(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        if (ownUnit != null) {
            units.findRef(ownUnit).ifPresent(coachingUnit::setValue);
        }
        coachingUnit.setReadOnly(!admin);
        title.setText(getTranslation("workshop.detail.newTitle"));
        save.setVisible(true);
        sections.setVisible(false);
    }

    private void show(WorkshopDetails details) {
        binder.readBean(details.toForm());
        showState(details);
    }

    private void showState(WorkshopDetails details) {
        showHistory(details.id());
        current = details;
        coachingUnit.setItems(new UnitRef(details.coachingUnitId(), "", details.coachingUnitName()));
        coachingUnit.setValue(new UnitRef(details.coachingUnitId(), "", details.coachingUnitName()));
        coachingUnit.setReadOnly(true);
        binder.setReadOnly(!details.mayEdit());
        save.setVisible(details.mayEdit());
        title.setText(details.name());
        subtitle.setText(details.code() + " · " + details.coachingUnitName() + " · " + details.regency() + ", " + details.province() + " · "
                + getTranslation("workshop.status." + details.status().name()));
        sections.setVisible(true);
        addReport.setVisible(details.mayEdit());
        addTestimonial.setVisible(details.mayEdit());
        trends.removeAll();
        if (!details.reports().isEmpty()) {
            LocalDate thisMonth = LocalDate.now(Formats.ZONE).withDayOfMonth(1);
            List<LocalDate> window = java.util.stream.IntStream.rangeClosed(1, 24)
                    .mapToObj(back -> thisMonth.minusMonths(25 - back)).toList();
            Map<LocalDate, Long> members = new java.util.HashMap<>();
            Map<LocalDate, Long> revenue = new java.util.HashMap<>();
            details.reports().forEach(r -> {
                members.put(r.month(), (long) r.members());
                revenue.put(r.month(), r.revenue());
            });
            trends.add(new TrendChart(getTranslation("workshop.trend.members"), window, members, "#0b6e4f",
                    String::valueOf),
                    new TrendChart(getTranslation("workshop.trend.revenue"), window, revenue, "#1a5fb4",
                            Formats::money));
        }
        months.setItems(details.reports());
        sponsors.setItems(details.sponsorships());
        testimonials.removeAll();
        for (TestimonialItem item : details.testimonials()) {
            Paragraph said = new Paragraph("“" + item.text() + "”");
            Span who = new Span("— " + item.speakerName() + (item.speakerRole() == null ? "" : ", "
                    + item.speakerRole()) + " · " + Formats.date(item.saidOn(), getLocale())
                    + (item.event() == null ? "" : " · " + item.event()));
            who.addClassName("muted");
            testimonials.add(new VerticalLayout(said, who));
        }
        documents.setVisible(details.mayReadDocuments());
        if (details.mayReadDocuments()) {
            documents.show(new WorkshopDocuments(service, details.id()), details.mayEdit());
        }
    }

    private void save() {
        WorkshopForm form = new WorkshopForm();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            boolean created = current == null;
            WorkshopDetails saved = created
                    ? service.create(coachingUnit.getValue() == null ? null : coachingUnit.getValue().id(), form)
                    : service.update(current.id(), current.version(), form);
            Messages.success(this, "workshop.saved", saved.name());
            if (created) {
                getUI().ifPresent(ui -> ui.navigate(WorkshopDetailView.class,
                        new RouteParameters("id", String.valueOf(saved.id()))));
            } else {
                show(saved);
            }
        } catch (StaleDataException e) {
            Messages.error(this, "error.stale.retry");
            showState(service.get(current.id()));
        } catch (BusinessException | ConstraintViolationException e) {
            Messages.showRefusal(this, e, fields);
        }
    }

    @Override
    public String getPageTitle() {
        return (current == null ? getTranslation("workshop.detail.newTitle") : current.name()) + " · Replika";
    }

    /** A workshop's documents, through the workshop's service and its rules. */
    record WorkshopDocuments(WorkshopService service, long workshopId) implements DocumentAccess {

        @Override
        public List<DocumentInfo> list() {
            return service.documents(workshopId);
        }

        @Override
        public DocumentInfo upload(DocumentType type, Path file, String originalFileName) {
            return service.uploadDocument(workshopId, type, file, originalFileName);
        }

        @Override
        public DocumentContent open(long documentId) {
            return service.openDocument(workshopId, documentId);
        }

        @Override
        public void delete(long documentId) {
            service.deleteDocument(workshopId, documentId);
        }
    }

    /** The workshop's audit entries, for staff: a CSR partner sees the workshop but not its history. */
    private void showHistory(long id) {
        history.removeAll();
        history.setWidthFull();
        if (!CurrentUser.require().hasRole(Role.CSR_PARTNER)) {
            history.add(new HistorySection(limit -> service.history(id, limit), WorkshopService.RECORD_TYPE, id));
        }
    }
}
