package id.go.kemensos.replika.replication.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
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
import id.go.kemensos.replika.innovation.InnovationFilter;
import id.go.kemensos.replika.innovation.InnovationListItem;
import id.go.kemensos.replika.innovation.InnovationService;
import id.go.kemensos.replika.replication.ReplicationFilter;
import id.go.kemensos.replika.replication.ReplicationListItem;
import id.go.kemensos.replika.replication.ReplicationService;
import id.go.kemensos.replika.replication.ReplicationStatus;
import id.go.kemensos.replika.security.Roles;
import id.go.kemensos.replika.unit.UnitRef;
import id.go.kemensos.replika.unit.UnitService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;

/**
 * The directors' status grid: every replication the user may see, paged, sorted and filtered in SQL, with the
 * count per status for the current filter. The filters live in the URL.
 */
@Route("replications")
@RolesAllowed({Roles.ADMIN, Roles.PANRB, Roles.DIRECTOR, Roles.UPT_OPERATOR})
@Menu(order = 30, title = "menu.replications", icon = "vaadin:exchange")
class ReplicationListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ReplicationService service;
    private final transient ExportWriter exportWriter;
    private final transient UnitService units;
    private final transient InnovationService innovations;
    private final TextField text = new TextField();
    private final MultiSelectComboBox<ReplicationStatus> statuses = new MultiSelectComboBox<>();
    private final Checkbox overdueOnly = new Checkbox();
    private final HorizontalLayout filters = new HorizontalLayout();
    private final Button moreToggle = new Button();
    /** The rarely used filters, built when first shown (a toggle, or a URL that uses them): null until then. */
    private MoreFilters more;
    private final Span total = new Span();
    private final HorizontalLayout statusCounts = new HorizontalLayout();
    private final Map<ReplicationStatus, Button> countButtons = new EnumMap<>(ReplicationStatus.class);
    private final Grid<ReplicationListItem> grid = new Grid<>();
    private final CallbackDataProvider<ReplicationListItem, Void> data;
    private boolean restoringFromUrl;

    ReplicationListView(ReplicationService service, UnitService units, InnovationService innovations, ExportWriter exportWriter) {
        this.exportWriter = exportWriter;
        this.service = service;
        this.units = units;
        this.innovations = innovations;
        addClassName("view");
        setSizeFull();

        HorizontalLayout header = ListParts.header(this, "replication.list.title", total, "replication-count");

        statusCounts.setId("replication-status-counts");
        statusCounts.addClassName("status-counts");
        statusCounts.setWrap(true);
        for (ReplicationStatus status : ReplicationStatus.values()) {
            Button button = new Button();
            button.setId("count-" + status.name());
            button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            button.addClickListener(event -> toggleStatus(status));
            countButtons.put(status, button);
            statusCounts.add(button);
        }

        ListParts.searchBox(this, text, "replication-filter-text", "replication.filter.text");
        statuses.setId("replication-filter-status");
        statuses.setPlaceholder(getTranslation("replication.filter.statuses"));
        statuses.setItems(ReplicationStatus.values());
        statuses.setItemLabelGenerator(status -> getTranslation("replication.status." + status.name()));
        statuses.setClearButtonVisible(true);
        overdueOnly.setId("replication-filter-overdue");
        overdueOnly.setLabel(getTranslation("replication.filter.overdueOnly"));
        moreToggle.setId("replication-filter-more");
        moreToggle.addThemeVariants(ButtonVariant.TERTIARY);
        moreToggle.addClickListener(event -> showMoreFilters(more == null || !more.shown));
        showMoreToggle(false);
        Button clear = new Button(getTranslation("replication.filter.clear"), event -> clearFilters());
        clear.addThemeVariants(ButtonVariant.TERTIARY);
        filters.add(text, statuses, overdueOnly, moreToggle, clear);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        configureGrid();
        data = new CallbackDataProvider<>(
                query -> service.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> countAndShow());
        grid.setItems(data);

        text.addValueChangeListener(event -> filtersChanged());
        statuses.addValueChangeListener(event -> filtersChanged());
        overdueOnly.addValueChangeListener(event -> filtersChanged());

        header.add(new ExportLinks(grid, exportWriter, sort -> ReplicationExport.spec(service, filter(), sort)));
        add(header, statusCounts, filters, grid);
        setFlexGrow(1, grid);
    }

    private void configureGrid() {
        grid.setId("replication-grid");
        Grid.Column<ReplicationListItem> innovationColumn = grid.addColumn(ReplicationListItem::innovationTitle).setHeader(getTranslation("replication.field.innovation"))
                .setSortProperty("innovation").setWidth("14em").setFlexGrow(3);
        grid.addColumn(ReplicationListItem::originUnitName).setHeader(getTranslation("replication.field.origin"))
                .setSortProperty("origin").setWidth("10em").setFlexGrow(1);
        Grid.Column<ReplicationListItem> adoptingColumn = grid.addColumn(ReplicationListItem::adoptingUnitName).setHeader(getTranslation("replication.field.adopting"))
                .setSortProperty("adopting").setWidth("10em").setFlexGrow(1);
        grid.addColumn(ReplicationListItem::province).setHeader(getTranslation("replication.field.province"))
                .setSortProperty("province").setAutoWidth(true);
        // badges as templates, not components: a page of rows then holds no server-side components
        Grid.Column<ReplicationListItem> statusColumn = grid.addColumn(LitRenderer.<ReplicationListItem>of(
                        "<span class=\"status-badge status-${item.status}\">${item.statusName}</span>")
                        .withProperty("status", item -> item.status().name())
                        .withProperty("statusName",
                                item -> getTranslation("replication.status." + item.status().name())))
                .setHeader(getTranslation("replication.field.status")).setSortProperty("status").setAutoWidth(true);
        grid.addColumn(item -> item.progressPercent() + "%").setHeader(getTranslation("replication.field.progress"))
                .setSortProperty("progress").setAutoWidth(true);
        grid.addColumn(item -> Formats.date(item.lastReportAt() == null ? null
                        : item.lastReportAt().atZone(Formats.ZONE).toLocalDate(), getLocale()))
                .setHeader(getTranslation("replication.field.lastReport")).setSortProperty("lastReport")
                .setAutoWidth(true);
        grid.addColumn(LitRenderer.<ReplicationListItem>of("<span class=\"${item.badge}\">${item.overdue}</span>")
                        .withProperty("badge", item -> item.overdue() ? "status-badge overdue-badge" : "")
                        .withProperty("overdue", item -> item.overdue() ? getTranslation("replication.overdue") : ""))
                .setHeader(getTranslation("replication.field.overdue")).setAutoWidth(true);
        grid.addColumn(item -> getTranslation("replication.days", daysSince(item.statusSince())))
                .setHeader(getTranslation("replication.field.daysInStatus")).setSortProperty("daysInStatus")
                .setAutoWidth(true);
        grid.addColumn(item -> Formats.date(item.modifiedAt().atZone(Formats.ZONE).toLocalDate(), getLocale()))
                .setHeader(getTranslation("replication.field.updated")).setSortProperty("updated")
                .setAutoWidth(true);
        PhoneColumns.of(grid).key(innovationColumn, "8em").key(adoptingColumn, "6em").key(statusColumn);
        grid.setMultiSort(true);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(ReplicationDetailView.class,
                new RouteParameters("id", String.valueOf(event.getItem().id())))));
        grid.setSizeFull();
    }

    private static long daysSince(Instant since) {
        return Math.max(0, Duration.between(since, Instant.now()).toDays());
    }

    private void toggleStatus(ReplicationStatus status) {
        Set<ReplicationStatus> chosen = new HashSet<>(statuses.getValue());
        if (!chosen.remove(status)) {
            chosen.add(status);
        }
        statuses.setValue(chosen);
    }

    /** Filters come from the URL, so a filtered grid can be bookmarked and shared; bad values are ignored. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UrlQuery query = UrlQuery.of(event.getLocation());
        restoringFromUrl = true;
        try {
            text.setValue(query.text("q"));
            statuses.setValue(Arrays.stream(query.text("status").split(","))
                    .flatMap(name -> Arrays.stream(ReplicationStatus.values()).filter(s -> s.name().equals(name)))
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReplicationStatus.class))));
            overdueOnly.setValue(query.flag("overdue"));
            boolean usesMore = query.number("origin") != null || query.number("adopting") != null
                    || !query.text("province").isEmpty() || query.number("innovation") != null
                    || query.year("year") != null || query.flag("due");
            if (usesMore && more == null) {
                showMoreFilters(true);
            }
            if (more != null) {
                more.restore(query);
            }
        } finally {
            restoringFromUrl = false;
        }
        refresh();
    }

    /** The grid row of one innovation (found by its code), or null when it does not exist. */
    private InnovationListItem innovationItem(long id) {
        try {
            String code = innovations.get(id).code();
            return innovations.search(new InnovationFilter(code, null, null, null, null, null, null, null, false),
                    PageRequest.of(0, 5)).stream().filter(item -> item.id() == id).findFirst().orElse(null);
        } catch (id.go.kemensos.replika.base.NotFoundException e) {
            return null;
        }
    }

    private UnitRef unitRef(Long id) {
        return id == null ? null : units.findRef(id).orElse(null);
    }

    private void filtersChanged() {
        if (restoringFromUrl) {
            return;
        }
        refresh();
        UrlQuery query = UrlQuery.empty()
                .with("q", text.getValue())
                .with("status", statuses.getValue().stream().sorted().map(Enum::name)
                        .collect(Collectors.joining(",")))
                .with("origin", more == null ? null : more.originId())
                .with("adopting", more == null ? null : more.adoptingId())
                .with("province", more == null ? null : more.province.getValue())
                .with("innovation", more == null ? null : more.innovationId())
                .with("year", more == null ? null : more.year.getValue())
                .with("overdue", overdueOnly.getValue())
                .with("due", more != null && more.reportDueOnly.getValue());
        getUI().ifPresent(ui -> query.replaceUrl(ui, "replications"));
    }

    private void refresh() {
        data.refreshAll();
        if (more != null) {
            showMoreToggle(more.shown);
        }
        Map<ReplicationStatus, Long> counts = service.countByStatus(filter());
        counts.forEach((status, count) -> {
            Button button = countButtons.get(status);
            button.setText(getTranslation("replication.status." + status.name()) + " " + count);
            boolean pressed = statuses.getValue().contains(status);
            button.getElement().setAttribute("aria-pressed", String.valueOf(pressed));
        });
    }

    private void clearFilters() {
        restoringFromUrl = true;
        try {
            text.clear();
            statuses.clear();
            overdueOnly.clear();
            if (more != null) {
                more.clear();
            }
        } finally {
            restoringFromUrl = false;
        }
        filtersChanged();
    }

    private ReplicationFilter filter() {
        if (more == null) {
            return new ReplicationFilter(text.getValue(), statuses.getValue(), null, null, null, null, null,
                    overdueOnly.getValue(), false);
        }
        return new ReplicationFilter(text.getValue(), statuses.getValue(), more.originId(), more.adoptingId(),
                more.province.getValue(), more.innovationId(), more.year.isInvalid() ? null : more.year.getValue(),
                overdueOnly.getValue(), more.reportDueOnly.getValue());
    }

    private int countAndShow() {
        int count = (int) Math.min(Integer.MAX_VALUE, service.count(filter()));
        total.setText(getTranslation("replication.list.count", count));
        return count;
    }

    /** Shows or hides the rarely used filters, building them the first time. Hidden filters keep their values. */
    private void showMoreFilters(boolean show) {
        if (more == null) {
            if (!show) {
                return;
            }
            more = new MoreFilters();
            filters.addComponentAtIndex(filters.indexOf(moreToggle), more.fields);
        }
        more.shown = show;
        more.fields.setVisible(show);
        showMoreToggle(show);
    }

    private void showMoreToggle(boolean shown) {
        long hiddenInUse = shown || more == null ? 0 : more.inUse();
        moreToggle.setText(shown ? getTranslation("replication.filter.less") : hiddenInUse == 0
                ? getTranslation("replication.filter.more") : getTranslation("replication.filter.moreInUse", hiddenInUse));
        moreToggle.getElement().setAttribute("aria-expanded", String.valueOf(shown));
    }

    /**
     * The filters few users need on a visit (units, province, innovation, year, reports due): a session that never
     * uses them holds none of their components, data providers and listeners (docs/performance.md, part 5).
     */
    private final class MoreFilters {

        private final HorizontalLayout fields = new HorizontalLayout();
        private final ComboBox<UnitRef> origin = new ComboBox<>();
        private final ComboBox<UnitRef> adopting = new ComboBox<>();
        private final ComboBox<String> province = new ComboBox<>();
        private final ComboBox<InnovationListItem> innovation = new ComboBox<>();
        private final IntegerField year = new IntegerField();
        private final Checkbox reportDueOnly = new Checkbox();
        private final List<String> provinces = units.provinces();
        private boolean shown;

        MoreFilters() {
            fields.setId("replication-filters-more");
            fields.setAlignItems(FlexComponent.Alignment.BASELINE);
            fields.setWrap(true);
            fields.setPadding(false);
            configureUnit(origin, "replication-filter-origin", "replication.filter.origin");
            configureUnit(adopting, "replication-filter-adopting", "replication.filter.adopting");
            province.setId("replication-filter-province");
            province.setPlaceholder(getTranslation("replication.filter.province"));
            province.setItems(provinces);
            province.setClearButtonVisible(true);
            innovation.setId("replication-filter-innovation");
            innovation.setPlaceholder(getTranslation("replication.filter.innovation"));
            innovation.setItems(query -> innovations.search(new InnovationFilter(query.getFilter().orElse(null),
                    null, null, null, null, null, null, null, false), VaadinSpringDataHelpers
                    .toSpringPageRequest(query)).stream());
            innovation.setItemLabelGenerator(InnovationListItem::title);
            innovation.setClearButtonVisible(true);
            year.setId("replication-filter-year");
            year.setPlaceholder(getTranslation("replication.filter.year"));
            year.setMin(1900);
            year.setMax(9999);
            year.setValueChangeMode(ValueChangeMode.LAZY);
            reportDueOnly.setId("replication-filter-due");
            reportDueOnly.setLabel(getTranslation("replication.filter.reportDue"));
            fields.add(origin, adopting, province, innovation, year, reportDueOnly);
            origin.addValueChangeListener(event -> filtersChanged());
            adopting.addValueChangeListener(event -> filtersChanged());
            province.addValueChangeListener(event -> filtersChanged());
            innovation.addValueChangeListener(event -> filtersChanged());
            year.addValueChangeListener(event -> filtersChanged());
            reportDueOnly.addValueChangeListener(event -> filtersChanged());
        }

        private void configureUnit(ComboBox<UnitRef> box, String id, String placeholderKey) {
            box.setId(id);
            box.setPlaceholder(getTranslation(placeholderKey));
            box.setItems(query -> units.lookup(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                    .stream());
            box.setItemLabelGenerator(UnitRef::name);
            box.setClearButtonVisible(true);
        }

        void restore(UrlQuery query) {
            origin.setValue(unitRef(query.number("origin")));
            adopting.setValue(unitRef(query.number("adopting")));
            province.setValue(provinces.contains(query.text("province")) ? query.text("province") : null);
            Long innovationId = query.number("innovation");
            innovation.setValue(innovationId == null ? null : innovationItem(innovationId));
            year.setValue(query.year("year"));
            reportDueOnly.setValue(query.flag("due"));
        }

        void clear() {
            origin.clear();
            adopting.clear();
            province.clear();
            innovation.clear();
            year.clear();
            reportDueOnly.clear();
        }

        /** How many of these filters hold a value. */
        long inUse() {
            return java.util.stream.Stream.of(origin.getValue(), adopting.getValue(), province.getValue(),
                    innovation.getValue(), year.getValue(), reportDueOnly.getValue() ? Boolean.TRUE : null)
                    .filter(java.util.Objects::nonNull).count();
        }

        Long originId() {
            return origin.getValue() == null ? null : origin.getValue().id();
        }

        Long adoptingId() {
            return adopting.getValue() == null ? null : adopting.getValue().id();
        }

        Long innovationId() {
            return innovation.getValue() == null ? null : innovation.getValue().id();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("replication.list.title") + " · Replika";
    }
}
