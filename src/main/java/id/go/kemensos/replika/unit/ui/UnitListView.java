package id.go.kemensos.replika.unit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
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
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import id.go.kemensos.replika.base.export.ExportWriter;
import id.go.kemensos.replika.base.ui.ExportLinks;
import id.go.kemensos.replika.base.ui.ListParts;
import id.go.kemensos.replika.base.ui.PhoneColumns;
import id.go.kemensos.replika.base.ui.UrlQuery;
import id.go.kemensos.replika.security.CurrentUser;
import id.go.kemensos.replika.security.Role;
import id.go.kemensos.replika.security.Roles;
import id.go.kemensos.replika.unit.UnitFilter;
import id.go.kemensos.replika.unit.UnitListItem;
import id.go.kemensos.replika.unit.UnitService;
import id.go.kemensos.replika.unit.UnitType;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** All units, paged, sorted and filtered in SQL. */
@Route("units")
@RolesAllowed({Roles.ADMIN, Roles.PANRB, Roles.DIRECTOR, Roles.UPT_OPERATOR})
@Menu(order = 10, title = "menu.units", icon = "vaadin:building")
class UnitListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient UnitService service;
    private final transient ExportWriter exportWriter;
    private final TextField text = new TextField();
    private final Select<UnitType> type = new Select<>();
    private final ComboBox<String> province = new ComboBox<>();
    private final Checkbox includeInactive = new Checkbox();
    private final Span total = new Span();
    private final Grid<UnitListItem> grid = new Grid<>();
    private final CallbackDataProvider<UnitListItem, Void> data;
    private final List<String> provinces;
    private boolean restoringFromUrl;

    UnitListView(UnitService service, ExportWriter exportWriter) {
        this.exportWriter = exportWriter;
        this.service = service;
        addClassName("view");
        setSizeFull();

        HorizontalLayout header = ListParts.header(this, "unit.list.title", total, "unit-count");
        if (CurrentUser.require().hasRole(Role.ADMIN)) {
            Button create = new Button(getTranslation("unit.action.new"), VaadinIcon.PLUS.create(),
                    event -> getUI().ifPresent(ui -> ui.navigate(UnitDetailView.class, UnitDetailView.params("new"))));
            create.setId("unit-new");
            create.addThemeVariants(ButtonVariant.PRIMARY);
            header.add(create);
        }

        ListParts.searchBox(this, text, "unit-filter-text", "unit.filter.text");
        type.setId("unit-filter-type");
        type.setPlaceholder(getTranslation("unit.filter.anyType"));
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("unit.filter.anyType"));
        type.setItems(UnitType.values());
        type.setItemLabelGenerator(value -> value == null
                ? getTranslation("unit.filter.anyType") : getTranslation("unit.type." + value.name()));
        province.setId("unit-filter-province");
        province.setPlaceholder(getTranslation("unit.filter.anyProvince"));
        province.setClearButtonVisible(true);
        provinces = service.provinces();
        province.setItems(provinces);
        includeInactive.setLabel(getTranslation("unit.filter.includeInactive"));
        HorizontalLayout filters = new HorizontalLayout(text, type, province, includeInactive);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("unit-grid");
        grid.addColumn(UnitListItem::code).setHeader(getTranslation("unit.field.code"))
                .setSortProperty("code").setAutoWidth(true).setFlexGrow(0);
        Grid.Column<UnitListItem> nameColumn = grid.addColumn(UnitListItem::name).setHeader(getTranslation("unit.field.name"))
                .setSortProperty("name").setFlexGrow(3);
        grid.addColumn(item -> getTranslation("unit.type." + item.type().name()))
                .setHeader(getTranslation("unit.field.type")).setSortProperty("type").setAutoWidth(true);
        grid.addColumn(UnitListItem::parentName).setHeader(getTranslation("unit.field.parent")).setFlexGrow(2);
        grid.addColumn(UnitListItem::city).setHeader(getTranslation("unit.field.city")).setSortProperty("city");
        Grid.Column<UnitListItem> provinceColumn = grid.addColumn(UnitListItem::province).setHeader(getTranslation("unit.field.province"))
                .setSortProperty("province");
        Grid.Column<UnitListItem> statusColumn = grid.addColumn(item -> getTranslation(item.active() ? "unit.status.active" : "unit.status.inactive"))
                .setHeader(getTranslation("unit.field.status")).setSortProperty("active").setAutoWidth(true);
        PhoneColumns.of(grid).key(nameColumn, "9em").key(provinceColumn, "7em").key(statusColumn, "5em");
        grid.setMultiSort(true);
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(UnitDetailView.class,
                UnitDetailView.params(String.valueOf(event.getItem().id())))));
        grid.setSizeFull();

        data = new CallbackDataProvider<>(
                query -> service.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> countAndShow());
        grid.setItems(data);

        text.addValueChangeListener(event -> filtersChanged());
        type.addValueChangeListener(event -> filtersChanged());
        province.addValueChangeListener(event -> filtersChanged());
        includeInactive.addValueChangeListener(event -> filtersChanged());

        header.add(new ExportLinks(grid, exportWriter, sort -> UnitExport.spec(service, filter(), sort)));
        add(header, filters, grid);
        setFlexGrow(1, grid);
    }

    /** Filters come from the URL, so a filtered list can be bookmarked and shared. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UrlQuery query = UrlQuery.of(event.getLocation());
        restoringFromUrl = true;
        try {
            text.setValue(query.text("q"));
            type.setValue(query.enumValue("type", UnitType.values()));
            province.setValue(provinces.contains(query.text("province")) ? query.text("province") : null);
            includeInactive.setValue(query.flag("inactive"));
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
                .with("type", type.getValue())
                .with("province", province.getValue())
                .with("inactive", includeInactive.getValue());
        getUI().ifPresent(ui -> query.replaceUrl(ui, "units"));
    }

    private UnitFilter filter() {
        return new UnitFilter(text.getValue(), type.getValue(), province.getValue(), includeInactive.getValue());
    }

    private int countAndShow() {
        int count = (int) Math.min(Integer.MAX_VALUE, service.count(filter()));
        total.setText(getTranslation("unit.list.count", count));
        return count;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("unit.list.title") + " · Replika";
    }
}
