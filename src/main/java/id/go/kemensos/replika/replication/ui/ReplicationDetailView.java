package id.go.kemensos.replika.replication.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import id.go.kemensos.replika.audit.HistorySection;
import id.go.kemensos.replika.base.BusinessException;
import id.go.kemensos.replika.base.StaleDataException;
import id.go.kemensos.replika.base.i18n.Formats;
import id.go.kemensos.replika.base.ui.Messages;
import id.go.kemensos.replika.base.ui.TranslatingBinder;
import id.go.kemensos.replika.document.DocumentType;
import id.go.kemensos.replika.document.DocumentsPanel;
import id.go.kemensos.replika.replication.EvaluationItem;
import id.go.kemensos.replika.replication.MonitoringReportItem;
import id.go.kemensos.replika.replication.ReplicationAction;
import id.go.kemensos.replika.replication.ReplicationDetails;
import id.go.kemensos.replika.replication.ReplicationForm;
import id.go.kemensos.replika.replication.ReplicationPageSection;
import id.go.kemensos.replika.replication.ReplicationService;
import id.go.kemensos.replika.replication.TransitionItem;
import id.go.kemensos.replika.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One replication: its status and the steps this user may take now, the plan, what the next steps need, documents,
 * monitoring reports, evaluation and the status history.
 */
@Route("replications/:id")
@RolesAllowed({Roles.ADMIN, Roles.PANRB, Roles.DIRECTOR, Roles.UPT_OPERATOR})
class ReplicationDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ReplicationService service;
    private final transient ObjectProvider<ReplicationPageSection> sections;
    private final H2 title = new H2();
    private final Paragraph units = new Paragraph();
    private final HorizontalLayout badges = new HorizontalLayout();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final Span noActions = new Span();
    private final HorizontalLayout extras = new HorizontalLayout();
    private final TextArea facilitatorNote = new TextArea();
    private final DatePicker plannedStart = new DatePicker();
    private final DatePicker plannedEnd = new DatePicker();
    private final TextArea adaptations = new TextArea();
    private final Span actualDates = new Span();
    private final Button savePlan = new Button();
    private final TranslatingBinder<ReplicationForm> binder = new TranslatingBinder<>(ReplicationForm.class, this);
    private final VerticalLayout checklist = new VerticalLayout();
    private final DocumentsPanel documents;
    private final Grid<MonitoringReportItem> reports = new Grid<>();
    private final Span noReports = new Span();
    private final Button addReport = new Button();
    private final Div evaluation = new Div();
    private final VerticalLayout timeline = new VerticalLayout();
    private final Span audit = new Span();
    private ReplicationDetails current;

    private final Div history = new Div();

    ReplicationDetailView(ReplicationService service, ObjectProvider<ReplicationPageSection> sections) {
        this.service = service;
        this.sections = sections;
        addClassName("view");
        title.addClassName("view-title");
        title.setId("replication-title");
        units.addClassName("muted");
        badges.setId("replication-badges");
        actions.setId("replication-actions");
        noActions.addClassName("muted");
        noActions.setText(getTranslation("replication.detail.actionsNone"));
        extras.setId("replication-sections");
        audit.addClassName("muted");

        facilitatorNote.setId("plan-note");
        facilitatorNote.setLabel(getTranslation("replication.field.facilitatorNote"));
        facilitatorNote.setMaxLength(ReplicationService.TEXT_MAX);
        plannedStart.setId("plan-start");
        plannedStart.setLabel(getTranslation("replication.field.plannedStart"));
        plannedEnd.setId("plan-end");
        plannedEnd.setLabel(getTranslation("replication.field.plannedEnd"));
        adaptations.setId("plan-adaptations");
        adaptations.setLabel(getTranslation("replication.field.adaptations"));
        adaptations.setMaxLength(ReplicationService.TEXT_MAX);
        binder.forField(facilitatorNote).bind("facilitatorNote");
        binder.forField(plannedStart).bind("plannedStart");
        binder.forField(plannedEnd).bind("plannedEnd");
        binder.forField(adaptations).bind("adaptations");
        FormLayout plan = new FormLayout(plannedStart, plannedEnd, adaptations, facilitatorNote);
        plan.setColspan(adaptations, 2);
        plan.setColspan(facilitatorNote, 2);
        savePlan.setText(getTranslation("action.save"));
        savePlan.setId("plan-save");
        savePlan.addThemeVariants(ButtonVariant.PRIMARY);
        savePlan.addClickListener(event -> savePlan());

        checklist.setId("replication-checklist");
        checklist.setPadding(false);
        checklist.setSpacing(false);
        documents = new DocumentsPanel("replication-documents", ReplicationService.documentTypes(),
                service.maxDocumentBytes());

        reports.setId("report-grid");
        reports.addColumn(r -> getTranslation("replication.report.period", r.quarter(), String.valueOf(r.year())))
                .setHeader(getTranslation("replication.report.quarter")).setAutoWidth(true);
        reports.addColumn(MonitoringReportItem::peopleServed).setHeader(getTranslation("replication.report.people"))
                .setAutoWidth(true);
        reports.addColumn(r -> r.progressPercent() + "%").setHeader(getTranslation("replication.report.progress"))
                .setAutoWidth(true);
        reports.addColumn(MonitoringReportItem::outputs).setHeader(getTranslation("replication.report.outputs"))
                .setFlexGrow(2);
        reports.addColumn(MonitoringReportItem::issues).setHeader(getTranslation("replication.report.issues"))
                .setFlexGrow(2);
        reports.addColumn(r -> r.submittedBy() + ", " + Formats.dateTime(r.submittedAt(), getLocale()))
                .setHeader(getTranslation("replication.report.submitted")).setAutoWidth(true);
        reports.setAllRowsVisible(true);
        noReports.addClassName("muted");
        noReports.setText(getTranslation("replication.report.none"));
        addReport.setText(getTranslation("replication.report.add"));
        addReport.setId("report-add");
        addReport.addClickListener(event -> new ReportDialog(service, () -> current, this::showState,
                this::reloadState).open());
        evaluation.setId("replication-evaluation");
        timeline.setId("replication-timeline");
        timeline.setPadding(false);
        timeline.setSpacing(false);

        RouterLink back = new RouterLink(getTranslation("menu.replications"), ReplicationListView.class);
        add(back, title, units, badges, actions, noActions, extras,
                new H3(getTranslation("replication.section.plan")), plan, actualDates, savePlan,
                new H3(getTranslation("replication.section.checklist")), checklist, documents,
                new H3(getTranslation("replication.section.reports")), noReports, reports, addReport,
                new H3(getTranslation("replication.section.evaluation")), evaluation,
                new H3(getTranslation("replication.section.timeline")), timeline, audit, history);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(service.get(Long.parseLong(event.getRouteParameters().get("id").orElse(""))));
        } catch (NumberFormatException | id.go.kemensos.replika.base.NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(ReplicationDetails details) {
        binder.readBean(details.toForm());
        showState(details);
        extras.removeAll();
        sections.orderedStream().forEach(section -> extras.add(section.create(details)));
    }

    /** After a change elsewhere on the page (or by someone else): everything but the plan form being edited. */
    private void reloadState() {
        showState(service.get(current.id()));
    }

    /** Everything but the plan form's values: status, steps, checklist, documents, reports, evaluation, history. */
    private void showState(ReplicationDetails details) {
        showHistory(details.id());
        current = details;
        binder.setReadOnly(!details.mayEditPlan());
        facilitatorNote.setReadOnly(!details.mayEditPlan() && !details.mayEditNote());
        savePlan.setVisible(details.mayEditPlan() || details.mayEditNote());

        title.setText(details.innovationTitle());
        units.removeAll();
        units.add(new Span(getTranslation("replication.detail.units", details.adoptingUnitName(),
                details.originUnitName()) + " · "), new Anchor("innovations/" + details.innovationId(),
                details.innovationCode()));
        badges.removeAll();
        badges.add(StatusBadge.of(details.status()));
        if (details.overdue()) {
            badges.add(StatusBadge.overdue());
        }
        badges.add(muted(getTranslation("replication.field.daysInStatus") + ": " + getTranslation(
                "replication.days", java.time.Duration.between(details.statusSince(), java.time.Instant.now())
                        .toDays())));

        actions.removeAll();
        for (ReplicationAction action : ReplicationAction.values()) {
            if (details.allowedActions().contains(action)) {
                Button step = new Button(getTranslation("replication.action." + action.name()),
                        event -> new StepDialog(service, current, action, this::showState,
                                this::reloadState).open());
                step.setId("action-" + action.name());
                step.addThemeVariants(action == ReplicationAction.DISCONTINUE || action == ReplicationAction.RETURN
                        ? ButtonVariant.ERROR : ButtonVariant.PRIMARY);
                actions.add(step);
            }
        }
        noActions.setVisible(details.allowedActions().isEmpty());
        actualDates.setText(details.actualStart() == null ? "" : getTranslation("replication.field.actualStart")
                + ": " + Formats.date(details.actualStart(), getLocale())
                + (details.actualEnd() == null ? "" : " · " + getTranslation("replication.field.actualEnd") + ": "
                + Formats.date(details.actualEnd(), getLocale())));

        showChecklist(details);
        documents.show(new ReplicationDocuments(service, details.id()), details.mayManageDocuments(),
                this::reloadState);
        reports.setItems(details.reports());
        reports.setVisible(!details.reports().isEmpty());
        noReports.setVisible(details.reports().isEmpty());
        addReport.setVisible(details.mayReport());
        showEvaluation(details.evaluation());
        showTimeline(details);
        audit.setText(Messages.auditSummary(this, details.createdBy(), details.createdAt(), details.modifiedBy(),
                details.modifiedAt()));
    }

    private void showChecklist(ReplicationDetails details) {
        checklist.removeAll();
        checklist.add(checkItem("replication.checklist.interestLetter",
                details.documents().stream().anyMatch(d -> d.type() == DocumentType.INTEREST_LETTER)));
        checklist.add(checkItem("replication.checklist.agreement",
                details.documents().stream().anyMatch(d -> d.type() == DocumentType.AGREEMENT)));
        checklist.add(checkItem("replication.checklist.report", !details.reports().isEmpty()));
    }

    private Component checkItem(String key, boolean done) {
        Span item = new Span((done ? "✓ " : "✗ ") + getTranslation(key) + " — "
                + getTranslation(done ? "replication.checklist.done" : "replication.checklist.missing"));
        item.addClassName(done ? "checklist-done" : "checklist-missing");
        return item;
    }

    private void showEvaluation(EvaluationItem item) {
        evaluation.removeAll();
        if (item == null) {
            evaluation.add(muted(getTranslation("replication.evaluation.none")));
            return;
        }
        evaluation.add(new Paragraph(getTranslation("replication.evaluation.novel") + " " + item.novel() + " · "
                + getTranslation("replication.evaluation.effective") + " " + item.effective() + " · "
                + getTranslation("replication.evaluation.beneficial") + " " + item.beneficial() + " · "
                + getTranslation("replication.evaluation.spreadable") + " " + item.spreadable() + " · "
                + getTranslation("replication.evaluation.sustainable") + " " + item.sustainable() + " · "
                + getTranslation("replication.evaluation.total") + " " + item.total() + "/25"),
                new Paragraph(getTranslation("replication.evaluation.recommendation") + ": "
                        + item.recommendation()),
                muted(getTranslation("replication.evaluation.by", item.evaluatorName(),
                        Formats.date(item.evaluatedOn(), getLocale()))));
    }

    private void showTimeline(ReplicationDetails details) {
        timeline.removeAll();
        for (TransitionItem entry : details.transitions().reversed()) {
            String step = entry.from() == null ? getTranslation("replication.timeline.created")
                    : getTranslation("replication.status." + entry.from().name()) + " → "
                    + getTranslation("replication.status." + entry.to().name());
            Span line = new Span(getTranslation("replication.timeline.entry",
                    Formats.dateTime(entry.at(), getLocale()), entry.actorName(), step)
                    + (entry.reason() == null ? "" : " — " + entry.reason()));
            line.addClassName("timeline-entry");
            timeline.add(line);
        }
    }

    private void savePlan() {
        ReplicationForm form = new ReplicationForm();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        Map<String, com.vaadin.flow.component.HasValue<?, ?>> fields = Map.of("facilitatorNote", facilitatorNote,
                "plannedStart", plannedStart, "plannedEnd", plannedEnd, "adaptations", adaptations);
        try {
            ReplicationDetails saved = current.mayEditPlan()
                    ? service.updatePlan(current.id(), current.version(), form)
                    : service.updateFacilitatorNote(current.id(), current.version(), form.getFacilitatorNote());
            Messages.success(this, "replication.plan.saved");
            show(saved);
        } catch (StaleDataException e) {
            Messages.error(this, "error.stale.retry");
            reloadState();
        } catch (BusinessException | ConstraintViolationException e) {
            Messages.showRefusal(this, e, fields);
        }
    }

    private static Span muted(String text) {
        Span span = new Span(text);
        span.addClassName("muted");
        return span;
    }

    @Override
    public String getPageTitle() {
        return (current == null ? "" : getTranslation("replication.detail.title", current.innovationTitle()))
                + " · Replika";
    }

    /** The record's audit entries, loaded when the section is opened. */
    private void showHistory(long id) {
        history.removeAll();
        history.setWidthFull();
        history.add(new HistorySection(limit -> service.history(id, limit), ReplicationService.RECORD_TYPE, id));
    }
}
