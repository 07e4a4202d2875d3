package id.go.kemensos.replika.workshop.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import id.go.kemensos.replika.base.i18n.Formats;
import id.go.kemensos.replika.base.export.ExportWriter;
import id.go.kemensos.replika.base.ui.ExportLinks;
import id.go.kemensos.replika.base.ui.ListParts;
import id.go.kemensos.replika.base.ui.PhoneColumns;
import id.go.kemensos.replika.base.ui.UrlQuery;
import id.go.kemensos.replika.security.CurrentUser;
import id.go.kemensos.replika.security.Role;
import id.go.kemensos.replika.unit.UnitRef;
import id.go.kemensos.replika.unit.UnitService;
import id.go.kemensos.replika.workshop.SponsorRef;
import id.go.kemensos.replika.workshop.WorkshopFilter;
import id.go.kemensos.replika.workshop.WorkshopListItem;
import id.go.kemensos.replika.workshop.WorkshopService;
import id.go.kemensos.replika.workshop.WorkshopStatus;
import jakarta.annotation.security.PermitAll;

/**
 * The workshops the user may see, paged and filtered in SQL with their latest figures; for a CSR partner only the
 * workshops its company sponsors. Filters live in the URL.
 */
@Route("workshops")
@PermitAll
@Menu(order = 40, title = "menu.workshops", icon = "vaadin:factory")
class WorkshopListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient WorkshopService service;
    private final transient ExportWriter exportWriter;
    private final transient UnitService units;
    private final boolean staff = !CurrentUser.require().hasRole(Role.CSR_PARTNER);
    private final TextField text = new TextField();
    private final ComboBox<UnitRef> unit = new ComboBox<>();
    private final TextField province = new TextField();
    private final Select<WorkshopStatus> status = new Select<>();
    private final ComboBox<SponsorRef> sponsor = new ComboBox<>();
    private final Span total = new Span();
    private final Grid<WorkshopListItem> grid = new Grid<>();
    private final CallbackDataProvider<WorkshopListItem, Void> data;
    private boolean restoringFromUrl;

    WorkshopListView(WorkshopService service, UnitService units, ExportWriter exportWriter) {
        this.exportWriter = exportWriter;
        this.service = service;
        this.units = units;
        addClassName("view");
        setSizeFull();
        HorizontalLayout header = ListParts.header(this, "workshop.list.title", total, "workshop-count");
        if (CurrentUser.require().hasRole(Role.ADMIN) || CurrentUser.require().hasRole(Role.UPT_OPERATOR)) {
            com.vaadin.flow.component.button.Button create = new com.vaadin.flow.component.button.Button(
                    getTranslation("workshop.action.new"), event -> getUI().ifPresent(ui -> ui.navigate(
                            WorkshopDetailView.class, new RouteParameters("id", WorkshopDetailView.NEW))));
            create.setId("workshop-new");
            create.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.PRIMARY);
            header.add(create);
        }

        ListParts.searchBox(this, text, "workshop-filter-text", "workshop.filter.text");
        unit.setId("workshop-filter-unit");
        unit.setPlaceholder(getTranslation("workshop.filter.unit"));
        unit.setClearButtonVisible(true);
        unit.setItemLabelGenerator(UnitRef::name);
        if (staff) {
            unit.setItems(query -> units.lookup(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                    .stream());
        }
        unit.setVisible(staff);
        province.setId("workshop-filter-province");
        province.setPlaceholder(getTranslation("workshop.filter.province"));
        province.setClearButtonVisible(true);
        province.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        status.setId("workshop-filter-status");
        status.setPlaceholder(getTranslation("workshop.filter.status"));
        status.setEmptySelectionAllowed(true);
        status.setItems(WorkshopStatus.values());
        status.setItemLabelGenerator(value -> value == null ? getTranslation("workshop.filter.status")
                : getTranslation("workshop.status." + value.name()));
        sponsor.setId("workshop-filter-sponsor");
        sponsor.setPlaceholder(getTranslation("workshop.filter.sponsor"));
        sponsor.setClearButtonVisible(true);
        sponsor.setItemLabelGenerator(SponsorRef::name);
        if (staff) {
            sponsor.setItems(query -> service.sponsorLookup(query.getFilter().orElse(""), query.getOffset(),
                    query.getLimit()).stream());
        }
        sponsor.setVisible(staff);
        HorizontalLayout filters = new HorizontalLayout(text, unit, province, status, sponsor);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("workshop-grid");
        grid.addColumn(WorkshopListItem::code).setHeader(getTranslation("workshop.field.code"))
                .setSortProperty("code").setAutoWidth(true).setFlexGrow(0);
        Grid.Column<WorkshopListItem> nameColumn = grid.addColumn(WorkshopListItem::name).setHeader(getTranslation("workshop.field.name"))
                .setSortProperty("name").setWidth("12em").setFlexGrow(3);
        Grid.Column<WorkshopListItem> unitColumn = grid.addColumn(WorkshopListItem::coachingUnitName).setHeader(getTranslation("workshop.field.unit"))
                .setWidth("10em").setFlexGrow(2);
        grid.addColumn(WorkshopListItem::regency).setHeader(getTranslation("workshop.field.regency"))
                .setSortProperty("regency").setAutoWidth(true);
        grid.addColumn(WorkshopListItem::province).setHeader(getTranslation("workshop.field.province"))
                .setSortProperty("province").setAutoWidth(true);
        Grid.Column<WorkshopListItem> statusColumn = grid.addColumn(item -> getTranslation("workshop.status." + item.status().name()))
                .setHeader(getTranslation("workshop.field.status")).setSortProperty("status").setAutoWidth(true);
        grid.addColumn(item -> item.latestMembers() == null ? "" : String.valueOf(item.latestMembers()))
                .setHeader(getTranslation("workshop.field.latestMembers")).setAutoWidth(true);
        grid.addColumn(item -> Formats.money(item.revenue12Months()))
                .setHeader(getTranslation("workshop.field.revenue12")).setAutoWidth(true);
        grid.addColumn(WorkshopListItem::sponsors).setHeader(getTranslation("workshop.field.sponsors"))
                .setWidth("10em").setFlexGrow(2);
        PhoneColumns.of(grid).key(nameColumn, "6.5em").key(unitColumn, "6em").key(statusColumn, "8em");
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(WorkshopDetailView.class,
                new RouteParameters("id", String.valueOf(event.getItem().id())))));
        grid.setSizeFull();
        data = new CallbackDataProvider<>(
                query -> service.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> {
                    int count = (int) Math.min(Integer.MAX_VALUE, service.count(filter()));
                    total.setText(getTranslation("workshop.list.count", count));
                    return count;
                });
        grid.setItems(data);

        text.addValueChangeListener(event -> filtersChanged());
        unit.addValueChangeListener(event -> filtersChanged());
        province.addValueChangeListener(event -> filtersChanged());
        status.addValueChangeListener(event -> filtersChanged());
        sponsor.addValueChangeListener(event -> filtersChanged());
        header.add(new ExportLinks(grid, exportWriter, sort -> WorkshopExport.spec(service, filter(), sort)));
        add(header, filters, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UrlQuery query = UrlQuery.of(event.getLocation());
        restoringFromUrl = true;
        try {
            text.setValue(query.text("q"));
            Long unitId = query.number("unit");
            unit.setValue(unitId == null || !staff ? null : units.findRef(unitId).orElse(null));
            province.setValue(query.text("province"));
            status.setValue(query.enumValue("status", WorkshopStatus.values()));
            Long sponsorId = query.number("sponsor");
            sponsor.setValue(sponsorId == null || !staff ? null : service.findSponsor(sponsorId).orElse(null));
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
        UrlQuery query = UrlQuery.empty().with("q", text.getValue())
                .with("unit", unit.getValue() == null ? null : unit.getValue().id())
                .with("province", province.getValue()).with("status", status.getValue())
                .with("sponsor", sponsor.getValue() == null ? null : sponsor.getValue().id());
        getUI().ifPresent(ui -> query.replaceUrl(ui, "workshops"));
    }

    private WorkshopFilter filter() {
        return new WorkshopFilter(text.getValue(), unit.getValue() == null ? null : unit.getValue().id(),
                province.getValue(), status.getValue(), sponsor.getValue() == null ? null : sponsor.getValue().id());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workshop.list.title") + " · Replika";
    }
}
