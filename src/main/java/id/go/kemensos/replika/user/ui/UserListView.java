package id.go.kemensos.replika.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import id.go.kemensos.replika.base.ui.ListParts;
import id.go.kemensos.replika.base.ui.PhoneColumns;
import id.go.kemensos.replika.base.ui.UrlQuery;
import id.go.kemensos.replika.security.Role;
import id.go.kemensos.replika.security.Roles;
import id.go.kemensos.replika.user.AccountFilter;
import id.go.kemensos.replika.user.AccountListItem;
import id.go.kemensos.replika.user.OrganisationRef;
import id.go.kemensos.replika.user.UserService;
import jakarta.annotation.security.RolesAllowed;

/** All accounts, paged, sorted and filtered in SQL; an account opens in a dialog. */
@Route("users")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 95, title = "user.menu", icon = "vaadin:users")
class UserListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "users";

    /** The status filter's choices, as written in the URL. */
    enum Status { ACTIVE, INACTIVE }

    private final transient UserService service;
    private final TextField text = new TextField();
    private final Select<Role> role = new Select<>();
    private final ComboBox<OrganisationRef> unit = new ComboBox<>();
    private final Select<Status> status = new Select<>();
    private final Span total = new Span();
    private final Grid<AccountListItem> grid = new Grid<>();
    private final CallbackDataProvider<AccountListItem, Void> data;
    private boolean restoringFromUrl;

    UserListView(UserService service) {
        this.service = service;
        addClassName("view");
        setSizeFull();

        HorizontalLayout header = ListParts.header(this, "user.list.title", total, "user-count");
        Button create = new Button(getTranslation("user.action.new"), VaadinIcon.PLUS.create(),
                event -> new AccountDialog(service, null, this::refresh).open());
        create.setId("user-new");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        header.add(create);

        ListParts.searchBox(this, text, "user-filter-text", "user.filter.text");
        role.setId("user-filter-role");
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("user.filter.anyRole"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(value -> value == null
                ? getTranslation("user.filter.anyRole") : getTranslation("role." + value.name()));
        unit.setId("user-filter-unit");
        unit.setPlaceholder(getTranslation("user.filter.anyUnit"));
        unit.setClearButtonVisible(true);
        unit.setItems(query -> service.unitChoices(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        unit.setItemLabelGenerator(OrganisationRef::name);
        status.setId("user-filter-status");
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("user.filter.anyStatus"));
        status.setItems(Status.values());
        status.setItemLabelGenerator(value -> value == null ? getTranslation("user.filter.anyStatus")
                : getTranslation(value == Status.ACTIVE ? "user.status.active" : "user.status.inactive"));
        HorizontalLayout filters = new HorizontalLayout(text, role, unit, status);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("user-grid");
        grid.addColumn(AccountListItem::username).setHeader(getTranslation("user.field.username"))
                .setSortProperty("username").setAutoWidth(true).setFlexGrow(0);
        Grid.Column<AccountListItem> fullNameColumn = grid.addColumn(AccountListItem::fullName).setHeader(getTranslation("user.field.fullName"))
                .setSortProperty("fullName").setFlexGrow(2);
        Grid.Column<AccountListItem> roleColumn = grid.addColumn(item -> getTranslation("role." + item.role().name()))
                .setHeader(getTranslation("user.field.role")).setSortProperty("role").setAutoWidth(true);
        grid.addColumn(item -> item.unitName() != null ? item.unitName()
                        : item.partnerName() != null ? item.partnerName() : "")
                .setHeader(getTranslation("user.field.organisation")).setFlexGrow(2);
        grid.addColumn(item -> "en".equals(item.language()) ? "English" : "Bahasa Indonesia")
                .setHeader(getTranslation("user.field.language")).setSortProperty("language").setAutoWidth(true);
        Grid.Column<AccountListItem> statusColumn = grid.addColumn(this::statusText).setHeader(getTranslation("user.field.status"))
                .setSortProperty("active").setAutoWidth(true);
        PhoneColumns.of(grid).key(fullNameColumn, "8em").key(roleColumn, "7em").key(statusColumn, "5em");
        grid.setMultiSort(true);
        grid.addItemClickListener(event -> new AccountDialog(service, service.account(event.getItem().id()),
                this::refresh).open());
        grid.setSizeFull();

        data = new CallbackDataProvider<>(
                query -> service.searchAccounts(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> countAndShow());
        grid.setItems(data);

        text.addValueChangeListener(event -> filtersChanged());
        role.addValueChangeListener(event -> filtersChanged());
        unit.addValueChangeListener(event -> filtersChanged());
        status.addValueChangeListener(event -> filtersChanged());

        add(header, filters, grid);
        setFlexGrow(1, grid);
    }

    private String statusText(AccountListItem item) {
        String state = getTranslation(item.active() ? "user.status.active" : "user.status.inactive");
        return item.mustChangePassword() ? state + " · " + getTranslation("user.status.mustChange") : state;
    }

    /** Filters come from the URL, so a filtered list can be bookmarked and shared. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UrlQuery query = UrlQuery.of(event.getLocation());
        restoringFromUrl = true;
        try {
            text.setValue(query.text("q"));
            role.setValue(query.enumValue("role", Role.values()));
            Long unitId = query.number("unit");
            unit.setValue(unitId == null ? null : service.findUnit(unitId).orElse(null));
            status.setValue(query.enumValue("status", Status.values()));
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
                .with("role", role.getValue())
                .with("unit", unit.getValue() == null ? null : unit.getValue().id())
                .with("status", status.getValue());
        getUI().ifPresent(ui -> query.replaceUrl(ui, ROUTE));
    }

    private void refresh() {
        data.refreshAll();
    }

    private AccountFilter filter() {
        Boolean active = status.getValue() == null ? null : status.getValue() == Status.ACTIVE;
        return new AccountFilter(text.getValue(), role.getValue(),
                unit.getValue() == null ? null : unit.getValue().id(), active);
    }

    private int countAndShow() {
        int count = (int) Math.min(Integer.MAX_VALUE, service.countAccounts(filter()));
        total.setText(getTranslation("user.list.count", count));
        return count;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("user.list.title") + " · Replika";
    }
}
