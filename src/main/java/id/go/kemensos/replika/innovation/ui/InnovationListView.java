package id.go.kemensos.replika.innovation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import id.go.kemensos.replika.base.export.ExportWriter;
import id.go.kemensos.replika.base.ui.ExportLinks;
import id.go.kemensos.replika.base.ui.ListParts;
import id.go.kemensos.replika.base.ui.PhoneColumns;
import id.go.kemensos.replika.base.ui.UrlQuery;
import id.go.kemensos.replika.innovation.AwardLevel;
import id.go.kemensos.replika.innovation.InnovationFilter;
import id.go.kemensos.replika.innovation.InnovationListItem;
import id.go.kemensos.replika.innovation.InnovationService;
import id.go.kemensos.replika.innovation.Stage;
import id.go.kemensos.replika.innovation.Sustainability;
import id.go.kemensos.replika.security.Roles;
import id.go.kemensos.replika.unit.UnitRef;
import id.go.kemensos.replika.unit.UnitService;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** Every innovation, paged, sorted and filtered in SQL; the filters live in the URL so a list can be shared. */
@Route("innovations")
@RolesAllowed({Roles.ADMIN, Roles.PANRB, Roles.DIRECTOR, Roles.UPT_OPERATOR})
@Menu(order = 20, title = "menu.innovations", icon = "vaadin:lightbulb")
class InnovationListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient InnovationService service;
    private final transient ExportWriter exportWriter;
    private final transient UnitService units;
    private final TextField text = new TextField();
    private final ComboBox<UnitRef> unit = new ComboBox<>();
    private final ComboBox<String> province = new ComboBox<>();
    private final Select<Stage> stage = new Select<>();
    private final Select<Sustainability> sustainability = new Select<>();
    private final Select<AwardLevel> awardLevel = new Select<>();
    private final IntegerField awardYearFrom = new IntegerField();
    private final IntegerField awardYearTo = new IntegerField();
    private final Checkbox endorsedOnly = new Checkbox();
    private final Span total = new Span();
    private final Grid<InnovationListItem> grid = new Grid<>();
    private final CallbackDataProvider<InnovationListItem, Void> data;
    private final List<String> provinces;
    private boolean restoringFromUrl;

    InnovationListView(InnovationService service, UnitService units, ExportWriter exportWriter) {
        this.exportWriter = exportWriter;
        this.service = service;
        this.units = units;
        addClassName("view");
        setSizeFull();

        HorizontalLayout header = ListParts.header(this, "innovation.list.title", total, "innovation-count");
        if (service.permissionsFor(null).edit()) {
            Button create = new Button(getTranslation("innovation.action.new"), VaadinIcon.PLUS.create(),
                    event -> getUI().ifPresent(ui -> ui.navigate(InnovationDetailView.class,
                            new RouteParameters("id", InnovationDetailView.NEW))));
            create.setId("innovation-new");
            create.addThemeVariants(ButtonVariant.PRIMARY);
            header.add(create);
        }

        ListParts.searchBox(this, text, "innovation-filter-text", "innovation.filter.text");
        unit.setId("innovation-filter-unit");
        unit.setPlaceholder(getTranslation("innovation.filter.anyUnit"));
        unit.setItems(query -> units.lookup(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream());
        unit.setItemLabelGenerator(UnitRef::name);
        unit.setClearButtonVisible(true);
        province.setId("innovation-filter-province");
        province.setPlaceholder(getTranslation("innovation.filter.anyProvince"));
        provinces = units.provinces();
        province.setItems(provinces);
        province.setClearButtonVisible(true);
        configure(stage, "innovation-filter-stage", "innovation.filter.anyStage", Stage.values(),
                "innovation.stage.");
        configure(sustainability, "innovation-filter-sustainability", "innovation.filter.anySustainability",
                Sustainability.values(), "innovation.sustainability.");
        configure(awardLevel, "innovation-filter-award-level", "innovation.filter.anyAwardLevel",
                AwardLevel.values(), "award.level.");
        for (Select<?> select : List.of(stage, sustainability, awardLevel)) {
            select.setWidth("14em");
        }
        awardYearFrom.setId("innovation-filter-year-from");
        awardYearFrom.setPlaceholder(getTranslation("innovation.filter.awardYearFrom"));
        awardYearFrom.setMin(InnovationService.FIRST_AWARD_YEAR);
        awardYearFrom.setValueChangeMode(ValueChangeMode.LAZY);
        awardYearTo.setId("innovation-filter-year-to");
        awardYearTo.setPlaceholder(getTranslation("innovation.filter.awardYearTo"));
        awardYearTo.setMin(InnovationService.FIRST_AWARD_YEAR);
        awardYearTo.setValueChangeMode(ValueChangeMode.LAZY);
        endorsedOnly.setId("innovation-filter-endorsed");
        endorsedOnly.setLabel(getTranslation("innovation.filter.endorsedOnly"));
        Button clear = new Button(getTranslation("innovation.filter.clear"), event -> clearFilters());
        clear.addThemeVariants(ButtonVariant.TERTIARY);
        HorizontalLayout filters = new HorizontalLayout(text, unit, province, stage, sustainability, awardLevel,
                awardYearFrom, awardYearTo, endorsedOnly, clear);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("innovation-grid");
        grid.addColumn(InnovationListItem::code).setHeader(getTranslation("innovation.field.code"))
                .setSortProperty("code").setAutoWidth(true).setFlexGrow(0);
        Grid.Column<InnovationListItem> titleColumn = grid.addColumn(InnovationListItem::title).setHeader(getTranslation("innovation.field.title"))
                .setSortProperty("title").setWidth("16em").setFlexGrow(4);
        Grid.Column<InnovationListItem> unitColumn = grid.addColumn(InnovationListItem::unitName).setHeader(getTranslation("innovation.field.originUnit"))
                .setSortProperty("unit").setWidth("11em").setFlexGrow(2);
        Grid.Column<InnovationListItem> stageColumn = grid.addColumn(item -> getTranslation("innovation.stage." + item.stage().name()))
                .setHeader(getTranslation("innovation.field.stage")).setSortProperty("stage").setAutoWidth(true);
        grid.addColumn(item -> getTranslation("innovation.sustainability." + item.sustainability().name()))
                .setHeader(getTranslation("innovation.field.sustainability")).setSortProperty("sustainability")
                .setAutoWidth(true);
        grid.addColumn(item -> AwardLabels.award(this, item.bestAwardCompetition(), item.bestAwardYear(),
                item.bestAwardLevel())).setHeader(getTranslation("innovation.field.bestAward"))
                .setSortProperty("bestAward").setAutoWidth(true);
        grid.addColumn(item -> item.endorsed() ? getTranslation("common.yes") : "")
                .setHeader(getTranslation("innovation.field.endorsed")).setSortProperty("endorsed")
                .setAutoWidth(true);
        PhoneColumns.of(grid).key(titleColumn, "8em").key(unitColumn, "6em").key(stageColumn, "6em");
        grid.setMultiSort(true);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(InnovationDetailView.class,
                new RouteParameters("id", String.valueOf(event.getItem().id())))));
        grid.setSizeFull();

        data = new CallbackDataProvider<>(
                query -> service.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> countAndShow());
        grid.setItems(data);

        text.addValueChangeListener(event -> filtersChanged());
        unit.addValueChangeListener(event -> filtersChanged());
        province.addValueChangeListener(event -> filtersChanged());
        stage.addValueChangeListener(event -> filtersChanged());
        sustainability.addValueChangeListener(event -> filtersChanged());
        awardLevel.addValueChangeListener(event -> filtersChanged());
        awardYearFrom.addValueChangeListener(event -> filtersChanged());
        awardYearTo.addValueChangeListener(event -> filtersChanged());
        endorsedOnly.addValueChangeListener(event -> filtersChanged());

        header.add(new ExportLinks(grid, exportWriter, sort -> InnovationExport.spec(service, filter(), sort)));
        add(header, filters, grid);
        setFlexGrow(1, grid);
    }

    private <E extends Enum<E>> void configure(Select<E> select, String id, String anyKey, E[] values,
            String labelPrefix) {
        select.setId(id);
        select.setPlaceholder(getTranslation(anyKey));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation(anyKey));
        select.setItems(values);
        select.setItemLabelGenerator(value -> value == null
                ? getTranslation(anyKey) : getTranslation(labelPrefix + value.name()));
    }

    /** Filters come from the URL, so a filtered list can be bookmarked and shared; bad values are ignored. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UrlQuery query = UrlQuery.of(event.getLocation());
        restoringFromUrl = true;
        try {
            text.setValue(query.text("q"));
            Long unitId = query.number("unit");
            unit.setValue(unitId == null ? null : units.findRef(unitId).orElse(null));
            province.setValue(provinces.contains(query.text("province")) ? query.text("province") : null);
            stage.setValue(query.enumValue("stage", Stage.values()));
            sustainability.setValue(query.enumValue("sustainability", Sustainability.values()));
            awardLevel.setValue(query.enumValue("level", AwardLevel.values()));
            awardYearFrom.setValue(query.year("from"));
            awardYearTo.setValue(query.year("to"));
            endorsedOnly.setValue(query.flag("endorsed"));
        } finally {
            restoringFromUrl = false;
        }
        data.refreshAll();
    }

    private void filtersChanged() {
        if (restoringFromUrl) {
            return;
        }
        data.refreshAll();
        UrlQuery query = UrlQuery.empty()
                .with("q", text.getValue())
                .with("unit", unit.getValue() == null ? null : unit.getValue().id())
                .with("province", province.getValue())
                .with("stage", stage.getValue())
                .with("sustainability", sustainability.getValue())
                .with("level", awardLevel.getValue())
                .with("from", awardYearFrom.getValue())
                .with("to", awardYearTo.getValue())
                .with("endorsed", endorsedOnly.getValue());
        getUI().ifPresent(ui -> query.replaceUrl(ui, "innovations"));
    }

    private void clearFilters() {
        restoringFromUrl = true;
        try {
            text.clear();
            unit.clear();
            province.clear();
            stage.clear();
            sustainability.clear();
            awardLevel.clear();
            awardYearFrom.clear();
            awardYearTo.clear();
            endorsedOnly.clear();
        } finally {
            restoringFromUrl = false;
        }
        filtersChanged();
    }

    private InnovationFilter filter() {
        return new InnovationFilter(text.getValue(), unit.getValue() == null ? null : unit.getValue().id(),
                province.getValue(), stage.getValue(), sustainability.getValue(), awardLevel.getValue(),
                awardYearFrom.isInvalid() ? null : awardYearFrom.getValue(),
                awardYearTo.isInvalid() ? null : awardYearTo.getValue(), endorsedOnly.getValue());
    }

    private int countAndShow() {
        int count = (int) Math.min(Integer.MAX_VALUE, service.count(filter()));
        total.setText(getTranslation("innovation.list.count", count));
        return count;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("innovation.list.title") + " · Replika";
    }
}
