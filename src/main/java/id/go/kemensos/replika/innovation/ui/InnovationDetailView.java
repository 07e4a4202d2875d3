package id.go.kemensos.replika.innovation.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
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
import com.vaadin.flow.component.textfield.IntegerField;
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
import id.go.kemensos.replika.base.ui.StaleEdit;
import id.go.kemensos.replika.base.ui.TranslatingBinder;
import id.go.kemensos.replika.document.DocumentsPanel;
import id.go.kemensos.replika.innovation.AwardForm;
import id.go.kemensos.replika.innovation.AwardGroup;
import id.go.kemensos.replika.innovation.Competition;
import id.go.kemensos.replika.innovation.AwardItem;
import id.go.kemensos.replika.innovation.InnovationDetails;
import id.go.kemensos.replika.innovation.InnovationForm;
import id.go.kemensos.replika.innovation.InnovationPageSection;
import id.go.kemensos.replika.innovation.InnovationService;
import id.go.kemensos.replika.innovation.Stage;
import id.go.kemensos.replika.innovation.Sustainability;
import id.go.kemensos.replika.security.CurrentUser;
import id.go.kemensos.replika.security.Roles;
import id.go.kemensos.replika.unit.UnitRef;
import id.go.kemensos.replika.unit.UnitService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One innovation by the id in the URL ({@code innovations/new} records one): the record, its endorsement, awards,
 * documents and, later, its replications. Each part is editable only when the service would accept the change.
 */
@Route("innovations/:id")
@RolesAllowed({Roles.ADMIN, Roles.PANRB, Roles.DIRECTOR, Roles.UPT_OPERATOR})
class InnovationDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String NEW = "new";

    private final transient InnovationService service;
    private final transient UnitService units;
    private final transient ObjectProvider<InnovationPageSection> sections;

    private final H2 title = new H2();
    private final Span code = new Span();
    private final Paragraph readOnlyNote = new Paragraph();
    private final TextField titleField = new TextField();
    private final ComboBox<UnitRef> originUnit = new ComboBox<>();
    private final TextField innovators = new TextField();
    private final IntegerField yearStarted = new IntegerField();
    private final TextField category = new TextField();
    private final TextArea problem = new TextArea();
    private final TextArea solution = new TextArea();
    private final TextArea impact = new TextArea();
    private final Checkbox digital = new Checkbox();
    private final Select<Stage> stage = new Select<>();
    private final Select<Sustainability> sustainability = new Select<>();
    private final Button save = new Button();
    private final Button cancel = new Button();
    private final HorizontalLayout formActions = new HorizontalLayout(save, cancel);
    private final TranslatingBinder<InnovationForm> binder = new TranslatingBinder<>(InnovationForm.class, this);
    private final Map<String, HasValue<?, ?>> fieldsByProperty;

    private final VerticalLayout endorsementSection = new VerticalLayout();
    private final Span endorsementStatus = new Span();
    private final Button endorse = new Button();
    private final VerticalLayout awardsSection = new VerticalLayout();
    private final Grid<AwardItem> awardGrid = new Grid<>();
    private final Button addAward = new Button();
    private final Span noAwards = new Span();
    private final DocumentsPanel documentsSection;
    private final VerticalLayout replicationsSection = new VerticalLayout();
    private final Span audit = new Span();

    private InnovationDetails current;

    private final Div history = new Div();

    InnovationDetailView(InnovationService service, UnitService units,
            ObjectProvider<InnovationPageSection> sections) {
        this.service = service;
        this.units = units;
        this.sections = sections;
        addClassName("view");
        title.addClassName("view-title");
        title.setId("innovation-title");
        code.setId("innovation-code");
        code.addClassName("muted");
        readOnlyNote.addClassName("muted");
        readOnlyNote.setText(getTranslation("innovation.detail.readOnly"));
        audit.addClassName("muted");

        fieldsByProperty = configureForm();
        FormLayout form = new FormLayout(titleField, originUnit, innovators, yearStarted, category, stage,
                sustainability, digital, problem, solution, impact);
        form.setColspan(titleField, 2);
        form.setColspan(innovators, 2);
        form.setColspan(problem, 2);
        form.setColspan(solution, 2);
        form.setColspan(impact, 2);

        save.setText(getTranslation("action.save"));
        save.setId("innovation-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(event -> save());
        cancel.setText(getTranslation("action.cancel"));
        cancel.setId("innovation-cancel");
        cancel.addClickListener(event -> discardChanges());

        configureEndorsement();
        configureAwards();
        documentsSection = new DocumentsPanel("innovation-documents", InnovationService.documentTypes(),
                service.maxDocumentBytes());
        replicationsSection.setPadding(false);
        replicationsSection.setId("innovation-sections");

        RouterLink back = new RouterLink(getTranslation("innovation.action.back"), InnovationListView.class);
        add(back, title, code, readOnlyNote, form, formActions, endorsementSection, awardsSection,
                documentsSection, replicationsSection, audit, history);
    }

    private Map<String, HasValue<?, ?>> configureForm() {
        titleField.setId("innovation-title-field");
        titleField.setLabel(getTranslation("innovation.field.title"));
        titleField.setMaxLength(InnovationService.TITLE_MAX);
        titleField.setRequiredIndicatorVisible(true);
        originUnit.setId("innovation-unit");
        originUnit.setLabel(getTranslation("innovation.field.originUnit"));
        originUnit.setItems(query -> units.lookup(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream());
        originUnit.setItemLabelGenerator(UnitRef::name);
        innovators.setId("innovation-innovators");
        innovators.setLabel(getTranslation("innovation.field.innovators"));
        innovators.setMaxLength(InnovationService.INNOVATORS_MAX);
        yearStarted.setId("innovation-year");
        yearStarted.setLabel(getTranslation("innovation.field.yearStarted"));
        yearStarted.setMin(InnovationService.FIRST_START_YEAR);
        category.setId("innovation-category");
        category.setLabel(getTranslation("innovation.field.category"));
        category.setMaxLength(InnovationService.CATEGORY_MAX);
        for (TextArea area : new TextArea[] {problem, solution, impact}) {
            area.setMaxLength(InnovationService.TEXT_MAX);
        }
        problem.setId("innovation-problem");
        problem.setLabel(getTranslation("innovation.field.problem"));
        solution.setId("innovation-solution");
        solution.setLabel(getTranslation("innovation.field.solution"));
        impact.setId("innovation-impact");
        impact.setLabel(getTranslation("innovation.field.impact"));
        digital.setId("innovation-digital");
        digital.setLabel(getTranslation("innovation.field.digital"));
        stage.setId("innovation-stage");
        stage.setLabel(getTranslation("innovation.field.stage"));
        stage.setItems(Stage.values());
        stage.setItemLabelGenerator(value -> getTranslation("innovation.stage." + value.name()));
        sustainability.setId("innovation-sustainability");
        sustainability.setLabel(getTranslation("innovation.field.sustainability"));
        sustainability.setItems(Sustainability.values());
        sustainability.setItemLabelGenerator(value -> getTranslation("innovation.sustainability." + value.name()));

        binder.forField(titleField).bind("title");
        binder.forField(originUnit).bind("originUnit");
        binder.forField(innovators).bind("innovators");
        binder.forField(yearStarted).bind("yearStarted");
        binder.forField(category).bind("category");
        binder.forField(problem).bind("problem");
        binder.forField(solution).bind("solution");
        binder.forField(impact).bind("impact");
        binder.forField(digital).bind("digital");
        binder.forField(stage).bind("stage");
        binder.forField(sustainability).bind("sustainability");
        return Map.ofEntries(Map.entry("title", titleField), Map.entry("originUnit", originUnit),
                Map.entry("innovators", innovators), Map.entry("yearStarted", yearStarted),
                Map.entry("category", category), Map.entry("problem", problem), Map.entry("solution", solution),
                Map.entry("impact", impact), Map.entry("digital", digital), Map.entry("stage", stage),
                Map.entry("sustainability", sustainability));
    }

    private void configureEndorsement() {
        endorsementSection.setPadding(false);
        endorsementSection.setId("innovation-endorsement");
        endorsementStatus.setId("endorsement-status");
        endorse.setId("endorsement-toggle");
        endorse.addClickListener(event -> openEndorsementDialog());
        endorsementSection.add(new H3(getTranslation("innovation.section.endorsement")), endorsementStatus,
                endorse);
    }

    private void configureAwards() {
        awardsSection.setPadding(false);
        awardsSection.setId("innovation-awards");
        awardGrid.setId("award-grid");
        awardGrid.addColumn(AwardItem::year).setHeader(getTranslation("award.field.year")).setAutoWidth(true);
        awardGrid.addColumn(item -> getTranslation("award.competition." + item.competition().name()))
                .setHeader(getTranslation("award.field.competition")).setAutoWidth(true);
        awardGrid.addColumn(item -> getTranslation("award.group." + item.group().name()))
                .setHeader(getTranslation("award.field.group")).setAutoWidth(true);
        awardGrid.addColumn(item -> getTranslation("award.level." + item.level().name()))
                .setHeader(getTranslation("award.field.level")).setAutoWidth(true);
        awardGrid.addColumn(AwardItem::note).setHeader(getTranslation("award.field.note")).setFlexGrow(2);
        awardGrid.addComponentColumn(this::awardActions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        awardGrid.setAllRowsVisible(true);
        noAwards.setText(getTranslation("award.none"));
        noAwards.addClassName("muted");
        addAward.setText(getTranslation("award.action.add"));
        addAward.setId("award-add");
        addAward.addClickListener(event -> new AwardDialog(getTranslation("award.dialog.new"), newAward(),
                form -> service.addAward(current.id(), form), this::showRecordState, this::reloadRecordState).open());
        awardsSection.add(new H3(getTranslation("innovation.section.awards")), noAwards, awardGrid, addAward);
    }

    /** The usual case pre-selected: a KIPP entry in the general group. */
    private static AwardForm newAward() {
        AwardForm form = new AwardForm();
        form.setCompetition(Competition.KIPP);
        form.setGroup(AwardGroup.GENERAL);
        return form;
    }

    private HorizontalLayout awardActions(AwardItem award) {
        HorizontalLayout actions = new HorizontalLayout();
        if (current == null || !current.permissions().manageAwards()) {
            return actions;
        }
        Button edit = new Button(getTranslation("award.action.edit"), event -> new AwardDialog(
                getTranslation("award.dialog.edit"), award.toForm(),
                form -> service.updateAward(current.id(), award.id(), currentVersionOf(award), form),
                this::showRecordState, this::reloadRecordState).open());
        edit.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        Button delete = new Button(getTranslation("award.action.delete"), event -> confirmDeleteAward(award));
        delete.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL, ButtonVariant.ERROR);
        actions.add(edit, delete);
        return actions;
    }

    /** After a conflict: the latest record state (not the form, which keeps the user's input). */
    private void reloadRecordState() {
        showRecordState(service.get(current.id()));
    }

    /** The award's version as last loaded, which a reload after a conflict brings up to date. */
    private long currentVersionOf(AwardItem award) {
        return current.awards().stream().filter(item -> item.id() == award.id()).findFirst()
                .map(AwardItem::version).orElse(award.version());
    }

    private void confirmDeleteAward(AwardItem award) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("award-delete-dialog");
        dialog.setHeader(getTranslation("award.confirm.delete.title",
                AwardLabels.award(this, award.competition(), award.year(), award.level())));
        dialog.setText(getTranslation("award.confirm.delete.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("award.action.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> {
            showRecordState(service.deleteAward(current.id(), award.id()));
            Messages.success(this, "award.deleted");
        });
        dialog.open();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        if (NEW.equals(id)) {
            InnovationDetails.Permissions permissions = service.permissionsFor(null);
            if (!permissions.edit()) {
                event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
                return;
            }
            showNew(permissions);
            return;
        }
        try {
            show(service.get(Long.parseLong(id)));
        } catch (NumberFormatException | id.go.kemensos.replika.base.NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** A blank record; an operator's own unit is filled in and fixed. */
    private void showNew(InnovationDetails.Permissions permissions) {
        history.removeAll();
        current = null;
        InnovationForm blank = new InnovationForm();
        Long ownUnit = CurrentUser.require().getUnitId();
        if (ownUnit != null) {
            units.findRef(ownUnit).ifPresent(blank::setOriginUnit);
        }
        binder.readBean(blank);
        title.setText(getTranslation("innovation.detail.newTitle"));
        code.setText("");
        audit.setText("");
        applyPermissions(permissions, true);
        for (VerticalLayout section : new VerticalLayout[] {endorsementSection, awardsSection, documentsSection,
                replicationsSection}) {
            section.setVisible(false);
        }
    }

    private void show(InnovationDetails details) {
        binder.readBean(details.toForm());
        clearLatestValueHints();
        showRecordState(details);
    }

    /** Everything but the form fields: header, endorsement, awards, rights, and the version the next save uses. */
    private void showRecordState(InnovationDetails details) {
        showHistory(details.id());
        current = details;
        title.setText(details.title());
        code.setText(details.code());
        audit.setText(Messages.auditSummary(this, details.createdBy(), details.createdAt(), details.modifiedBy(),
                details.modifiedAt()));
        applyPermissions(details.permissions(), false);
        for (VerticalLayout section : new VerticalLayout[] {endorsementSection, awardsSection, documentsSection,
                replicationsSection}) {
            section.setVisible(true);
        }

        if (details.endorsedAt() == null) {
            endorsementStatus.setText(getTranslation("innovation.endorse.none"));
        } else {
            String when = Formats.dateTime(details.endorsedAt(), getLocale());
            String status = getTranslation(details.endorsed() ? "innovation.endorse.endorsed"
                    : "innovation.endorse.withdrawn", details.endorsedBy(), when);
            endorsementStatus.setText(details.endorsementNote() == null ? status
                    : status + " " + details.endorsementNote());
        }
        endorse.setText(getTranslation(details.endorsed() ? "innovation.endorse.action.withdraw"
                : "innovation.endorse.action.endorse"));

        replicationsSection.removeAll();
        sections.orderedStream().forEach(section -> replicationsSection.add(section.create(details)));
        documentsSection.show(new InnovationDocuments(service, details.id()),
                details.permissions().manageDocuments());
        awardGrid.setItems(details.awards());
        awardGrid.setVisible(!details.awards().isEmpty());
        noAwards.setVisible(details.awards().isEmpty());
    }

    private void applyPermissions(InnovationDetails.Permissions permissions, boolean creating) {
        binder.setReadOnly(!permissions.edit());
        originUnit.setReadOnly(!permissions.edit() || !permissions.changeOriginUnit());
        formActions.setVisible(permissions.edit());
        readOnlyNote.setVisible(!permissions.edit() && !creating);
        endorse.setVisible(permissions.endorse());
        addAward.setVisible(permissions.manageAwards());
        awardGrid.getColumnByKey("actions").setVisible(permissions.manageAwards());
    }

    private void save() {
        InnovationForm form = new InnovationForm();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            boolean created = current == null;
            InnovationDetails saved = created ? service.create(form)
                    : service.update(current.id(), current.version(), form);
            Messages.success(this, created ? "innovation.saved.created" : "innovation.saved.updated",
                    saved.title());
            if (created) {
                getUI().ifPresent(ui -> ui.navigate(InnovationDetailView.class,
                        new RouteParameters("id", String.valueOf(saved.id()))));
            } else {
                show(saved);
            }
        } catch (StaleDataException e) {
            StaleEdit.offer(this, () -> show(service.get(current.id())),
                    () -> keepInputAndCompare(service.get(current.id())));
        } catch (BusinessException | ConstraintViolationException e) {
            Messages.showRefusal(this, e, fieldsByProperty);
        }
    }

    private void keepInputAndCompare(InnovationDetails latest) {
        InnovationForm mine = new InnovationForm();
        binder.writeBeanAsDraft(mine, true);
        InnovationForm stored = latest.toForm();
        clearLatestValueHints();
        StaleEdit.hint(this, titleField, mine.getTitle(), stored.getTitle(), String::valueOf);
        StaleEdit.hint(this, originUnit, mine.getOriginUnit(), stored.getOriginUnit(), UnitRef::name);
        StaleEdit.hint(this, innovators, mine.getInnovators(), stored.getInnovators(), String::valueOf);
        StaleEdit.hint(this, yearStarted, mine.getYearStarted(), stored.getYearStarted(), String::valueOf);
        StaleEdit.hint(this, category, mine.getCategory(), stored.getCategory(), String::valueOf);
        StaleEdit.hint(this, problem, mine.getProblem(), stored.getProblem(), String::valueOf);
        StaleEdit.hint(this, solution, mine.getSolution(), stored.getSolution(), String::valueOf);
        StaleEdit.hint(this, impact, mine.getImpact(), stored.getImpact(), String::valueOf);
        StaleEdit.hint(this, digital, mine.isDigital(), stored.isDigital(),
                value -> getTranslation(value ? "common.yes" : "common.no"));
        StaleEdit.hint(this, stage, mine.getStage(), stored.getStage(),
                value -> getTranslation("innovation.stage." + value.name()));
        StaleEdit.hint(this, sustainability, mine.getSustainability(), stored.getSustainability(),
                value -> getTranslation("innovation.sustainability." + value.name()));
        showRecordState(latest);
    }

    private void clearLatestValueHints() {
        StaleEdit.clearHints(titleField, originUnit, innovators, yearStarted, category, problem, solution, impact,
                digital, stage, sustainability);
    }

    private void discardChanges() {
        if (current == null) {
            getUI().ifPresent(ui -> ui.navigate(InnovationListView.class));
        } else {
            show(service.get(current.id()));
        }
    }

    private void openEndorsementDialog() {
        boolean withdraw = current.endorsed();
        new EndorsementDialog(
                getTranslation(withdraw ? "innovation.endorse.dialog.withdraw" : "innovation.endorse.dialog.endorse",
                        current.title()),
                getTranslation(withdraw ? "innovation.endorse.reasonLabel" : "innovation.endorse.noteLabel"),
                getTranslation(withdraw ? "innovation.endorse.action.withdraw" : "innovation.endorse.action.endorse"),
                withdraw,
                note -> withdraw ? service.withdrawEndorsement(current.id(), current.version(), note)
                        : service.endorse(current.id(), current.version(), note),
                this::showRecordState,
                withdraw ? "innovation.endorse.removed" : "innovation.endorse.saved", this::reloadRecordState).open();
    }

    @Override
    public String getPageTitle() {
        return (current == null ? getTranslation("innovation.detail.newTitle") : current.title()) + " · Replika";
    }

    /** The record's audit entries, loaded when the section is opened. */
    private void showHistory(long id) {
        history.removeAll();
        history.setWidthFull();
        history.add(new HistorySection(limit -> service.history(id, limit), InnovationService.RECORD_TYPE, id));
    }
}
