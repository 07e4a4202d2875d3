package id.go.kemensos.replika.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import id.go.kemensos.replika.audit.AuditAction;
import id.go.kemensos.replika.audit.AuditEntryDialog;
import id.go.kemensos.replika.audit.AuditFilter;
import id.go.kemensos.replika.audit.AuditLabels;
import id.go.kemensos.replika.audit.AuditListItem;
import id.go.kemensos.replika.audit.AuditService;
import id.go.kemensos.replika.audit.ChainCheck;
import id.go.kemensos.replika.base.export.ExportWriter;
import id.go.kemensos.replika.base.i18n.Formats;
import id.go.kemensos.replika.base.ui.ExportLinks;
import id.go.kemensos.replika.base.ui.ListParts;
import id.go.kemensos.replika.base.ui.PhoneColumns;
import id.go.kemensos.replika.base.ui.Messages;
import id.go.kemensos.replika.base.ui.UrlQuery;
import id.go.kemensos.replika.security.CurrentUser;
import id.go.kemensos.replika.security.Role;
import id.go.kemensos.replika.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;

/**
 * The audit trail: every entry, newest first, paged and filtered in SQL; the filters live in the URL. A click shows
 * an entry's changes. Administrators can verify the hash chain.
 */
@Route("audit")
@RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
@Menu(order = 93, title = "audit.menu", icon = "vaadin:records")
class AuditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "audit";

    private final transient AuditService service;
    private final TextField text = new TextField();
    private final TextField user = new TextField();
    private final ComboBox<String> recordType = new ComboBox<>();
    private final TextField recordId = new TextField();
    private final Select<AuditAction> action = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Span total = new Span();
    private final Grid<AuditListItem> grid = new Grid<>();
    private final CallbackDataProvider<AuditListItem, Void> data;
    private boolean restoringFromUrl;

    AuditView(AuditService service, ExportWriter exportWriter) {
        this.service = service;
        addClassName("view");
        setSizeFull();

        HorizontalLayout header = ListParts.header(this, "audit.title", total, "audit-count");
        if (CurrentUser.require().hasRole(Role.ADMIN)) {
            Button verify = new Button(getTranslation("audit.verify.button"), VaadinIcon.SHIELD.create(),
                    event -> verify());
            verify.setId("audit-verify");
            header.add(verify);
        }

        ListParts.searchBox(this, text, "audit-filter-text", "audit.filter.text");
        user.setId("audit-filter-user");
        user.setPlaceholder(getTranslation("audit.filter.user"));
        user.setClearButtonVisible(true);
        user.setValueChangeMode(ValueChangeMode.LAZY);
        recordType.setId("audit-filter-type");
        recordType.setPlaceholder(getTranslation("audit.filter.anyType"));
        recordType.setClearButtonVisible(true);
        recordType.setItems(service.recordTypes());
        recordId.setId("audit-filter-record");
        recordId.setPlaceholder(getTranslation("audit.filter.record"));
        recordId.setAllowedCharPattern("[0-9]");
        recordId.setMaxLength(18);
        recordId.setClearButtonVisible(true);
        recordId.setValueChangeMode(ValueChangeMode.LAZY);
        recordId.setWidth("8em");
        action.setId("audit-filter-action");
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("audit.filter.anyAction"));
        action.setPlaceholder(getTranslation("audit.filter.anyAction"));
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(value -> value == null
                ? getTranslation("audit.filter.anyAction") : getTranslation("audit.action." + value.name()));
        from.setId("audit-filter-from");
        from.setPlaceholder(getTranslation("audit.filter.from"));
        from.setClearButtonVisible(true);
        to.setId("audit-filter-to");
        to.setPlaceholder(getTranslation("audit.filter.to"));
        to.setClearButtonVisible(true);
        HorizontalLayout filters = new HorizontalLayout(text, user, recordType, recordId, action, from, to);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("audit-grid");
        Grid.Column<AuditListItem> timeColumn = grid.addColumn(item -> Formats.dateTime(item.occurredAt(), getLocale()))
                .setHeader(getTranslation("audit.column.time")).setSortProperty("occurredAt").setAutoWidth(true)
                .setFlexGrow(0);
        Grid.Column<AuditListItem> userColumn = grid.addColumn(item -> AuditLabels.user(this, item)).setHeader(getTranslation("audit.column.user"))
                .setSortProperty("username").setAutoWidth(true);
        Grid.Column<AuditListItem> actionColumn = grid.addColumn(item -> getTranslation("audit.action." + item.action().name()))
                .setHeader(getTranslation("audit.column.action")).setSortProperty("action").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditLabels::record).setHeader(getTranslation("audit.column.record"))
                .setSortProperty("recordType").setAutoWidth(true);
        grid.addColumn(AuditListItem::summary).setHeader(getTranslation("audit.column.summary")).setFlexGrow(2);
        grid.addColumn(AuditListItem::clientAddress).setHeader(getTranslation("audit.column.address"))
                .setAutoWidth(true).setFlexGrow(0);
        PhoneColumns.of(grid).key(timeColumn, "7em").key(userColumn, "6.5em").key(actionColumn, "7em");
        grid.setMultiSort(true);
        grid.addItemClickListener(event -> new AuditEntryDialog(event.getItem()).open());
        grid.setSizeFull();

        data = new CallbackDataProvider<>(
                query -> service.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> countAndShow());
        grid.setItems(data);

        text.addValueChangeListener(event -> filtersChanged());
        user.addValueChangeListener(event -> filtersChanged());
        recordType.addValueChangeListener(event -> filtersChanged());
        recordId.addValueChangeListener(event -> filtersChanged());
        action.addValueChangeListener(event -> filtersChanged());
        from.addValueChangeListener(event -> filtersChanged());
        to.addValueChangeListener(event -> filtersChanged());

        header.add(new ExportLinks(grid, exportWriter, sort -> AuditExport.spec(service, filter(), sort)));
        add(header, filters, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UrlQuery query = UrlQuery.of(event.getLocation());
        restoringFromUrl = true;
        try {
            text.setValue(query.text("q"));
            user.setValue(query.text("user"));
            String type = query.text("type");
            recordType.setValue(type.isBlank() ? null : type);
            Long record = query.number("record");
            recordId.setValue(record == null || record < 0 ? "" : record.toString());
            action.setValue(query.enumValue("action", AuditAction.values()));
            from.setValue(date(query.text("from")));
            to.setValue(date(query.text("to")));
        } finally {
            restoringFromUrl = false;
        }
        data.refreshAll();
    }

    private void filtersChanged() {
        if (restoringFromUrl) {
            return;
        }
        boolean periodValid = from.getValue() == null || to.getValue() == null
                || !to.getValue().isBefore(from.getValue());
        to.setInvalid(!periodValid);
        to.setErrorMessage(periodValid ? null : getTranslation("audit.filter.periodInvalid"));
        data.refreshAll();
        UrlQuery query = UrlQuery.empty()
                .with("q", text.getValue())
                .with("user", user.getValue())
                .with("type", recordType.getValue())
                .with("record", recordId.getValue())
                .with("action", action.getValue())
                .with("from", from.getValue())
                .with("to", to.getValue());
        getUI().ifPresent(ui -> query.replaceUrl(ui, ROUTE));
    }

    private AuditFilter filter() {
        Long record;
        try {
            record = recordId.getValue().isBlank() ? null : Long.valueOf(recordId.getValue().trim());
        } catch (NumberFormatException e) {
            record = null;
        }
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        if (start != null && end != null && end.isBefore(start)) {
            end = start; // shown as invalid next to the field; the grid shows the first day meanwhile
        }
        return new AuditFilter(user.getValue(), recordType.getValue(), record, action.getValue(), start, end,
                text.getValue());
    }

    private int countAndShow() {
        int count = (int) Math.min(Integer.MAX_VALUE, service.count(filter()));
        total.setText(getTranslation("audit.count", count));
        return count;
    }

    private void verify() {
        ChainCheck check = service.verifyChain();
        if (check.intact()) {
            Messages.success(this, "audit.verify.intact", check.checked());
        } else {
            Messages.error(this, "audit.verify.broken." + check.problem().name(), check.firstBrokenId());
        }
    }

    private static LocalDate date(String text) {
        try {
            return text.isBlank() ? null : LocalDate.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · Replika";
    }
}
