package id.go.kemensos.replika.partner.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
import id.go.kemensos.replika.partner.PartnerFilter;
import id.go.kemensos.replika.partner.PartnerListItem;
import id.go.kemensos.replika.partner.PartnerService;
import id.go.kemensos.replika.security.CurrentUser;
import id.go.kemensos.replika.security.Role;
import id.go.kemensos.replika.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/** All CSR partners, paged, sorted and filtered in SQL. */
@Route("partners")
@RolesAllowed({Roles.ADMIN, Roles.PANRB, Roles.DIRECTOR})
@Menu(order = 50, title = "menu.partners", icon = "vaadin:handshake")
class PartnerListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient PartnerService service;
    private final transient ExportWriter exportWriter;
    private final TextField text = new TextField();
    private final Checkbox includeInactive = new Checkbox();
    private final Span total = new Span();
    private final Grid<PartnerListItem> grid = new Grid<>();
    private final CallbackDataProvider<PartnerListItem, Void> data;
    private boolean restoringFromUrl;

    PartnerListView(PartnerService service, ExportWriter exportWriter) {
        this.exportWriter = exportWriter;
        this.service = service;
        addClassName("view");
        setSizeFull();

        HorizontalLayout header = ListParts.header(this, "partner.list.title", total, "partner-count");
        if (CurrentUser.require().hasRole(Role.ADMIN)) {
            Button create = new Button(getTranslation("partner.action.new"), VaadinIcon.PLUS.create(),
                    event -> getUI().ifPresent(ui -> ui.navigate(PartnerDetailView.class,
                            PartnerDetailView.params(PartnerDetailView.NEW))));
            create.setId("partner-new");
            create.addThemeVariants(ButtonVariant.PRIMARY);
            header.add(create);
        }

        ListParts.searchBox(this, text, "partner-filter-text", "partner.list.search");
        includeInactive.setId("partner-filter-inactive");
        includeInactive.setLabel(getTranslation("partner.list.includeInactive"));
        HorizontalLayout filters = new HorizontalLayout(text, includeInactive);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("partner-grid");
        Grid.Column<PartnerListItem> companyColumn = grid.addColumn(PartnerListItem::companyName).setHeader(getTranslation("partner.field.companyName"))
                .setSortProperty("companyName").setFlexGrow(3);
        grid.addColumn(PartnerListItem::programmeName).setHeader(getTranslation("partner.field.programmeName"))
                .setFlexGrow(3);
        Grid.Column<PartnerListItem> sectorColumn = grid.addColumn(PartnerListItem::sector).setHeader(getTranslation("partner.field.sector"))
                .setSortProperty("sector").setFlexGrow(2);
        Grid.Column<PartnerListItem> statusColumn = grid.addColumn(item -> getTranslation(item.active() ? "partner.status.active" : "partner.status.inactive"))
                .setHeader(getTranslation("partner.field.status")).setSortProperty("active").setAutoWidth(true);
        PhoneColumns.of(grid).key(companyColumn, "8em").key(sectorColumn, "7em").key(statusColumn, "5em");
        grid.setMultiSort(true);
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(PartnerDetailView.class,
                PartnerDetailView.params(String.valueOf(event.getItem().id())))));
        grid.setSizeFull();

        data = new CallbackDataProvider<>(
                query -> service.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> countAndShow());
        grid.setItems(data);

        text.addValueChangeListener(event -> filtersChanged());
        includeInactive.addValueChangeListener(event -> filtersChanged());

        header.add(new ExportLinks(grid, exportWriter, sort -> PartnerExport.spec(service, filter(), sort)));
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
                .with("inactive", includeInactive.getValue());
        getUI().ifPresent(ui -> query.replaceUrl(ui, "partners"));
    }

    private PartnerFilter filter() {
        return new PartnerFilter(text.getValue(), includeInactive.getValue());
    }

    private int countAndShow() {
        int count = (int) Math.min(Integer.MAX_VALUE, service.count(filter()));
        total.setText(getTranslation("partner.list.count", count));
        return count;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("partner.list.title") + " · Replika";
    }
}
