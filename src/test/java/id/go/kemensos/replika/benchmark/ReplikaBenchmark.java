package id.go.kemensos.replika.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.OperatingSystemMXBean;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.browserless.internal.MockVaadinKt;
import com.vaadin.browserless.internal.SessionObjects;
import com.vaadin.browserless.internal.UIFactory;
import com.vaadin.browserless.mocks.MockedUI;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.SessionInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import id.go.kemensos.replika.Application;
import id.go.kemensos.replika.base.export.ExportFormat;
import id.go.kemensos.replika.base.export.ExportSpec;
import id.go.kemensos.replika.base.export.ExportWriter;
import id.go.kemensos.replika.base.i18n.AppI18NProvider;
import id.go.kemensos.replika.base.i18n.Formats;
import id.go.kemensos.replika.dashboard.DashboardService;
import id.go.kemensos.replika.innovation.InnovationService;
import id.go.kemensos.replika.replication.ReplicationFilter;
import id.go.kemensos.replika.replication.ReplicationListItem;
import id.go.kemensos.replika.replication.ReplicationService;
import id.go.kemensos.replika.replication.ReplicationStatus;
import id.go.kemensos.replika.replication.ui.ReplicationExportForBenchmark;
import id.go.kemensos.replika.workshop.WorkshopService;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * The benchmark harness of issue 8 (see docs/performance.md and docs/decisions/0022-benchmark-harness.md): the
 * replication grid's pages and counts through the service against the bare JDBC time of the same SQL, the
 * directors' dashboard queries, a 100,000-row XLSX export, the heap retained per UI session, and real-Chromium
 * timings, on whatever data the Spring profile {@code -Dbenchmark.profile} (default {@code scale}) holds. Prints a
 * table and writes {@code target/benchmark.json}. Run with {@code scripts/benchmark.sh}; never part of the normal
 * test run (tag {@code benchmark}).
 */
@Tag("benchmark")
@SpringBootTest(classes = Application.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.devmode.devTools.enabled=false", "vaadin.devmode.componentTracker.enabled=false",
                "logging.level.org.springframework=warn",
                "logging.level.org.hibernate=warn", "logging.level.liquibase=warn", "logging.level.com.vaadin=warn",
                "logging.level.ch.vorburger=warn", "spring.jpa.properties.hibernate.generate_statistics=false"})
@ActiveProfiles(resolver = BenchmarkProfiles.class)
@Import(SqlCapture.Config.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplikaBenchmark extends SpringBrowserlessTest {

    static final Report REPORT = new Report();
    static final int PAGE = 50;
    static final long DEEP_OFFSET = 100_000;

    static final int WARM_UP = Integer.getInteger("benchmark.warmup", 10);
    static final int ITERATIONS = Math.max(30, Integer.getInteger("benchmark.iterations", 50));
    static final int DASHBOARD_ITERATIONS = Math.max(30, Integer.getInteger("benchmark.dashboard-iterations", 30));
    static final int EXPORT_ROWS = Integer.getInteger("benchmark.export-rows", 100_000);
    static final int EXPORT_RUNS = Integer.getInteger("benchmark.export-runs", 3);
    static final int SESSIONS = Integer.getInteger("benchmark.sessions", 200);
    static final int BROWSER_RUNS = Math.max(5, Integer.getInteger("benchmark.browser-runs", 7));
    static final long PAD_REPLICATIONS = Long.getLong("benchmark.pad-replications", 0);
    static final Set<String> SKIP = Set.of(System.getProperty("benchmark.skip", "").split(","));

    @Autowired
    ReplicationService replications;

    @Autowired
    DashboardService dashboards;

    @Autowired
    InnovationService innovations;

    @Autowired
    WorkshopService workshops;

    @Autowired
    ExportWriter exportWriter;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Environment environment;

    @LocalServerPort
    int port;

    // --- 0. the machine and the data ---------------------------------------------------------------------------

    @Test
    @Order(0)
    void machineAndData() {
        if (PAD_REPLICATIONS > 0) {
            DevData.padReplications(jdbc, PAD_REPLICATIONS);
        }
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        REPORT.context("date", ZonedDateTime.now(Formats.ZONE).toString());
        REPORT.context("profiles", String.join(",", environment.getActiveProfiles()));
        REPORT.context("cores", Runtime.getRuntime().availableProcessors());
        REPORT.context("ram", String.format(Locale.ROOT, "%.1f GiB", os.getTotalMemorySize() / 1073741824.0));
        REPORT.context("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        REPORT.context("jdk", System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.version"));
        REPORT.context("heap max", Runtime.getRuntime().maxMemory() / 1048576 + " MiB");
        REPORT.context("mariadb", jdbc.queryForObject("select version()", String.class));
        REPORT.context("innodb buffer pool", jdbc.queryForObject("select @@innodb_buffer_pool_size", Long.class)
                / 1048576 + " MiB");
        REPORT.context("iterations", "warm-up " + WARM_UP + ", measured " + ITERATIONS + " (dashboard "
                + DASHBOARD_ITERATIONS + ")");
        for (String table : List.of("unit", "app_user", "innovation", "award", "replication",
                "replication_transition", "monitoring_report", "evaluation", "workshop", "workshop_report",
                "partner", "sponsorship", "audit_entry")) {
            try {
                REPORT.dataset(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
            } catch (RuntimeException e) {
                REPORT.dataset(table, -1);
            }
        }
        System.out.println("BENCHMARK rows " + REPORT.table().lines().filter(l -> l.startsWith("rows:"))
                .findFirst().orElse(""));
    }

    // --- 1 and 2. the replication grid ---------------------------------------------------------------------------

    @Test
    @Order(1)
    @WithUserDetails("direktur")
    void gridPagesAndCounts() {
        if (SKIP.contains("grid")) {
            return;
        }
        ReplicationStatus status = ReplicationStatus.IMPLEMENTING;
        String province = jdbc.queryForList("select u.province from replication r join unit u on "
                + "u.id = r.adopting_unit_id where r.status = ? and u.province is not null group by u.province "
                + "order by count(*) desc limit 1", String.class, status.name()).stream().findFirst().orElse(null);
        ReplicationFilter all = ReplicationFilter.all();
        ReplicationFilter filtered = new ReplicationFilter(null, Set.of(status), null, null, province, null, null,
                false, false);
        PageRequest first = PageRequest.of(0, PAGE);
        PageRequest deep = PageRequest.of((int) (DEEP_OFFSET / PAGE), PAGE);
        PageRequest byUpdate = PageRequest.of(0, PAGE, Sort.by(Sort.Direction.DESC, "updated"));
        long total = replications.count(all);

        Measured firstPage = measureWithFloor(() -> replications.search(all, first));
        gridFigure("first page (50 rows, default sort)", firstPage, null,
                "rows " + firstPage.rows());
        Measured deepPage = measureWithFloor(() -> replications.search(all, deep));
        gridFigure("deep page (offset 100,000)", deepPage, firstPage,
                "rows " + deepPage.rows() + (total <= DEEP_OFFSET ? "; only " + total + " rows: past the end" : ""));
        Measured filteredPage = measureWithFloor(() -> replications.search(filtered, byUpdate));
        gridFigure("filtered page (" + status + " + " + province + ", by update)", filteredPage, null,
                "rows " + filteredPage.rows());

        countFigure("count, no filter", measureWithFloor(() -> replications.count(all)), total);
        countFigure("count, " + status + " + province",
                measureWithFloor(() -> replications.count(filtered)), replications.count(filtered));
        countFigure("counts per status (status buttons), no filter",
                measureWithFloor(() -> replications.countByStatus(all)), -1);
        countFigure("counts per status, province",
                measureWithFloor(() -> replications.countByStatus(filtered)), -1);
    }

    private void gridFigure(String name, Measured m, Measured firstPage, String note) {
        List<String> misses = new ArrayList<>();
        if (m.service().p95() > 2 * m.floor().p95()) {
            misses.add("ratio");
        }
        if (m.service().p95() >= 30) {
            misses.add("30 ms");
        }
        if (m.statements() != 1) {
            misses.add("statements");
        }
        String target = "p95 <= 2x JDBC, < 30 ms, 1 statement";
        if (firstPage != null) {
            target += ", <= 3x first page";
            if (m.service().p95() > 3 * firstPage.service().p95()) {
                misses.add("3x first page");
            }
        }
        REPORT.add(new Report.Figure("1", name, m.service().n(), m.service().median(), m.service().p95(), "ms",
                m.describe() + "; " + note + (misses.isEmpty() ? "" : "; missed: " + String.join(", ", misses)),
                target, Report.verdict(misses.isEmpty()), m.details()));
    }

    private void countFigure(String name, Measured m, long value) {
        REPORT.add(new Report.Figure("2", name, m.service().n(), m.service().median(), m.service().p95(), "ms",
                m.describe() + (value >= 0 ? "; = " + value : ""), "p95 < 100 ms (or an estimate)",
                Report.verdict(m.service().p95() < 100), m.details()));
    }

    // --- 3. the directors' dashboard ----------------------------------------------------------------------------

    @Test
    @Order(3)
    @WithUserDetails("direktur")
    void directorsDashboard() {
        if (SKIP.contains("dashboard")) {
            return;
        }
        LocalDate thisMonth = LocalDate.now(Formats.ZONE).withDayOfMonth(1);
        int thisYear = thisMonth.getYear();
        ReplicationFilter begun = new ReplicationFilter(null, Set.of(), null, null, null, null, null, false, false);
        ReplicationFilter overdue = new ReplicationFilter(null, Set.of(), null, null, null, null, null, true, false);
        Map<String, Supplier<?>> queries = new LinkedHashMap<>();
        queries.put("replications per status", () -> replications.countByStatus(begun));
        queries.put("replications per adopting unit (top 10)", () -> replications.countByAdoptingUnit(begun));
        queries.put("idle adopting units", () -> replications.idleAdoptingUnits(null));
        queries.put("replications per province", () -> replications.countByProvince(begun));
        queries.put("overdue replications", () -> replications.count(overdue));
        queries.put("innovations per stage and sustainability",
                () -> innovations.countByStageAndSustainability(null));
        queries.put("awarded innovations per year",
                () -> innovations.countAwardedInnovations(InnovationService.FIRST_AWARD_YEAR, thisYear));
        queries.put("workshops per status", () -> workshops.countByStatus());
        queries.put("workshops' monthly totals (24 months)",
                () -> workshops.monthlyTotals(thisMonth.minusMonths(DashboardService.MONTHS),
                        thisMonth.minusMonths(1)));
        queries.put("whole portfolio (all of the above)", () -> dashboards.portfolio(null));
        for (Map.Entry<String, Supplier<?>> query : queries.entrySet()) {
            Measured m = measureWithFloor(query.getValue(), Math.min(WARM_UP, 3), DASHBOARD_ITERATIONS);
            REPORT.add(new Report.Figure("3", query.getKey(), m.service().n(), m.service().median(),
                    m.service().p95(), "ms", m.describe(), "p95 < 200 ms", Report.verdict(m.service().p95() < 200),
                    m.details()));
        }
    }

    // --- 4. a 100,000-row XLSX export ------------------------------------------------------------------------------

    @Test
    @Order(4)
    @WithUserDetails("direktur")
    void export() throws IOException {
        if (SKIP.contains("export")) {
            return;
        }
        ExportSpec<ReplicationListItem> spec = ReplicationExportForBenchmark.spec(replications,
                ReplicationFilter.all());
        Path file = Path.of("target", "benchmark-export.xlsx");
        Files.createDirectories(file.getParent());
        long[] rows = {0};
        double[] seconds = new double[EXPORT_RUNS];
        for (int run = -1; run < EXPORT_RUNS; run++) {
            long start = System.nanoTime();
            rows[0] = writeExport(limited(spec, EXPORT_ROWS, () -> { }), file);
            if (run >= 0) {
                seconds[run] = (System.nanoTime() - start) / 1e9;
            }
        }
        Stats time = Stats.of(seconds);

        // heap: a full GC (System.gc(), G1) every 4 pages of 5,000 rows gives the live heap at that moment;
        // a GC listener also keeps the largest heap left after any GC during the export (an upper bound)
        long baseline = liveHeap();
        AtomicLong sampledPeak = new AtomicLong(baseline);
        int[] pages = {0};
        long upperBound;
        try (AfterGcPeak afterGc = new AfterGcPeak()) {
            writeExport(limited(spec, EXPORT_ROWS, () -> {
                if (pages[0]++ % 4 == 3) {
                    sampledPeak.accumulateAndGet(liveHeap(), Math::max);
                }
            }), file);
            sampledPeak.accumulateAndGet(liveHeap(), Math::max);
            upperBound = afterGc.peak();
        }
        long growth = sampledPeak.get() - baseline;
        long growthUpper = Math.max(growth, upperBound - baseline);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("rows", rows[0]);
        details.put("fileBytes", Files.size(file));
        details.put("seconds", java.util.Arrays.stream(seconds).boxed().toList());
        details.put("liveHeapGrowthBytes", growth);
        details.put("afterAnyGcHeapGrowthBytes", growthUpper);
        REPORT.add(new Report.Figure("4", "XLSX export of " + String.format(Locale.ROOT, "%,d", rows[0])
                + " replications: time", time.n(), time.median(), time.p95(), "s",
                String.format(Locale.ROOT, "file %,d KiB", Files.size(file) / 1024), "< 10 s",
                Report.verdict(rows[0] >= EXPORT_ROWS && time.p95() < 10), details));
        REPORT.add(new Report.Figure("4", "XLSX export: peak live heap growth", 1, growth / 1048576.0,
                growth / 1048576.0, "MiB", String.format(Locale.ROOT, "full GC every 20,000 rows; largest heap "
                        + "after any GC (upper bound) +%.1f MiB", growthUpper / 1048576.0), "< 64 MiB",
                Report.verdict(rows[0] >= EXPORT_ROWS && growth < 64L * 1048576), details));
    }

    private long writeExport(ExportSpec<ReplicationListItem> spec, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            return exportWriter.write(spec, ExportFormat.XLSX, AppI18NProvider.INDONESIAN, out);
        }
    }

    /** The export as the portal writes it, stopped after {@code limit} rows (the pages themselves unchanged). */
    private static ExportSpec<ReplicationListItem> limited(ExportSpec<ReplicationListItem> spec, long limit,
            Runnable beforePage) {
        return new ExportSpec<>(spec.slug(), spec.columns(), spec.sort(), spec.pageSize(), pageable -> {
            long offset = pageable.getOffset();
            if (offset >= limit) {
                return List.of();
            }
            beforePage.run();
            List<ReplicationListItem> page = spec.pages().apply(pageable);
            return page.size() > limit - offset ? page.subList(0, (int) (limit - offset)) : page;
        });
    }

    static long liveHeap() {
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The largest heap occupancy right after any garbage collection while open. */
    private static final class AfterGcPeak implements AutoCloseable {

        private final AtomicLong peak = new AtomicLong();
        private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        private final NotificationListener listener = (notification, handback) -> {
            if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                        (CompositeData) notification.getUserData());
                long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                        .filter(entry -> heapPools.contains(entry.getKey())).map(Map.Entry::getValue)
                        .mapToLong(MemoryUsage::getUsed).sum();
                peak.accumulateAndGet(used, Math::max);
            }
        };

        AfterGcPeak() {
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
            }
        }

        long peak() {
            return peak.get();
        }

        @Override
        public void close() {
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                try {
                    ((NotificationEmitter) gc).removeNotificationListener(listener);
                } catch (javax.management.ListenerNotFoundException e) {
                    // not added
                }
            }
        }
    }

    // --- 5. heap retained per UI session with the grid open ---------------------------------------------------

    @Test
    @Order(5)
    @WithUserDetails("direktur")
    void heapPerSession() {
        if (SKIP.contains("sessions")) {
            return;
        }
        VaadinServletService service = (VaadinServletService) VaadinService.getCurrent();
        boolean productionMode = service.getDeploymentConfiguration().isProductionMode();
        disableComponentTracker();
        Map<Class<?>, CurrentInstance> current = CurrentInstance.getInstances();
        List<Object> open = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                open.add(openSessionWithGrid(service));
            }
            int statements = SqlCapture.record(() -> open.add(openSessionWithGrid(service))).size();
            long before = liveHeap();
            Map<String, Long> classesBefore = Histogram.bytesPerClass();
            for (int i = 0; i < SESSIONS; i++) {
                open.add(openSessionWithGrid(service));
            }
            long after = liveHeap();
            List<String> grown = Histogram.top(classesBefore, Histogram.bytesPerClass(), 15, SESSIONS);
            System.out.println("BENCHMARK per session, the classes that grew most: " + grown);
            if (Boolean.getBoolean("benchmark.breakdown")) {
                System.out.println("BENCHMARK one session's own objects: "
                        + Breakdown.of(open.get(open.size() - 1), open.get(open.size() - 2)));
            }
            double perSession = (after - before) / (double) SESSIONS / 1024;
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("sessions", SESSIONS);
            details.put("heapBeforeBytes", before);
            details.put("heapAfterBytes", after);
            details.put("statementsToOpenOne", statements);
            details.put("topClassesPerSession", grown);
            REPORT.add(new Report.Figure("5", "heap retained per UI session, grid open", SESSIONS, perSession,
                    perSession, "KiB", String.format(Locale.ROOT, "%d browserless sessions as direktur, grid "
                            + "showing rows 0-49; +%.1f MiB after full GC; %d statements to open one; %s", SESSIONS,
                            (after - before) / 1048576.0, statements, productionMode ? "production mode"
                                    : "development mode, its component tracker off as in production"), "< 150 KB",
                    Report.verdict(perSession * 1024 < 150_000), details));
        } finally {
            open.clear();
            CurrentInstance.clearAll();
            CurrentInstance.restoreInstances(current);
        }
    }

    /**
     * A new browserless session (its own HTTP session, Vaadin session and UI) that navigates to the replication
     * grid, lets the grid fetch its first screen (rows 0-49) as the browser would, and ends the round trip as
     * writing the response would.
     */
    private Object openSessionWithGrid(VaadinServletService service) {
        SessionObjects objects = MockVaadin.createSessionObjects(service);
        CurrentInstance.set(VaadinRequest.class, objects.getRequest());
        CurrentInstance.set(VaadinResponse.class, objects.getResponse());
        VaadinSession.setCurrent(objects.getSession());
        MockVaadinKt.fireSessionInitListeners(service,
                new SessionInitEvent(service, objects.getSession(), objects.getRequest()));
        startAt("replications");
        MockVaadin.createUI((UIFactory) MockedUI::new, objects.getSession());
        MockVaadin.clearLastNavigation();
        UI ui = UI.getCurrent();
        if (ui.getSession() != objects.getSession()) {
            throw new IllegalStateException("The new UI is not the current one");
        }
        @SuppressWarnings("unchecked")
        Grid<ReplicationListItem> grid = (Grid<ReplicationListItem>) gridOf(ui).orElseThrow(
                () -> new IllegalStateException("The session does not show the replication grid but "
                        + ui.getInternals().getActiveRouterTargetsChain()));
        grid.getDataCommunicator().setViewportRange(0, PAGE);
        MockVaadin.clientRoundtrip();
        // what writing the response does (UidlWriter): the changes and pending JavaScript go to the browser and the
        // server forgets them; the browserless round trip leaves them queued
        ui.getInternals().getStateTree().collectChanges(change -> { });
        ui.getInternals().dumpPendingJavaScriptInvocations();
        return objects;
    }

    private static java.util.Optional<com.vaadin.flow.component.Component> gridOf(
            com.vaadin.flow.component.Component root) {
        if (root instanceof Grid<?> grid && "replication-grid".equals(grid.getId().orElse(null))) {
            return java.util.Optional.of(grid);
        }
        return root.getChildren().map(ReplikaBenchmark::gridOf).flatMap(java.util.Optional::stream).findFirst();
    }

    /**
     * Development mode keeps two stack traces for every component created or attached (Vaadin's ComponentTracker,
     * for the IDE plugin): several hundred KiB per UI that production mode never holds. The benchmark runs in the
     * test JVM's development mode, so it switches the tracker off (the property does the same where Vaadin reads it).
     */
    private static void disableComponentTracker() {
        try {
            java.lang.reflect.Field field = com.vaadin.flow.component.internal.ComponentTracker.class
                    .getDeclaredField("disabled");
            field.setAccessible(true);
            field.set(null, Boolean.TRUE);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Vaadin changed: no ComponentTracker.disabled", e);
        }
    }

    /**
     * The location a new browserless UI opens at (as a browser opening that URL), so a session does not first build
     * the home page: MockVaadin keeps it in a private thread-local that {@code createUI} navigates to.
     */
    private static void startAt(String location) {
        try {
            java.lang.reflect.Field field = MockVaadin.class.getDeclaredField("lastNavigation");
            field.setAccessible(true);
            @SuppressWarnings("unchecked")
            ThreadLocal<com.vaadin.flow.router.Location> last =
                    (ThreadLocal<com.vaadin.flow.router.Location>) field.get(null);
            last.set(new com.vaadin.flow.router.Location(location));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("browserless-test changed: no MockVaadin.lastNavigation", e);
        }
    }

    // --- 6. real Chromium ---------------------------------------------------------------------------------------

    @Test
    @Order(6)
    void chromium() throws Exception {
        if (SKIP.contains("browser")) {
            return;
        }
        String firstStatus = jdbc.queryForList("select status from replication order by modified_at desc, id "
                + "limit 1", String.class).stream().findFirst().orElse("");
        String other = jdbc.queryForList("select status from replication group by status order by count(*) desc",
                String.class).stream().filter(status -> !status.equals(firstStatus)).findFirst().orElse("DRAFT");
        BrowserTimings timings = BrowserTimings.run("http://localhost:" + port + "/", "direktur",
                System.getProperty("benchmark.password", "replika-demo"), "count-" + other, 2, BROWSER_RUNS);
        REPORT.add(new Report.Figure("6", "Chromium: menu click to grid rows visible", timings.navigation().n(),
                timings.navigation().median(), timings.navigation().p95(), "ms", timings.note(),
                "median < 1 s", Report.verdict(timings.navigation().median() < 1000), Map.of()));
        REPORT.add(new Report.Figure("6", "Chromium: page load of /replications to rows", timings.pageLoad().n(),
                timings.pageLoad().median(), timings.pageLoad().p95(), "ms", "from navigation start",
                "median < 1 s", Report.verdict(timings.pageLoad().median() < 1000), Map.of()));
        REPORT.add(new Report.Figure("6", "Chromium: status filter click to new rows visible",
                timings.filter().n(), timings.filter().median(), timings.filter().p95(), "ms", timings.note(),
                "median < 200 ms", Report.verdict(timings.filter().median() < 200), Map.of()));
    }

    @AfterAll
    static void writeReport() throws IOException {
        System.out.println(REPORT.table());
        REPORT.write(Path.of("target", "benchmark.json"));
        Files.writeString(Path.of("target", "benchmark.md"), REPORT.markdown());
        System.out.println("Written: target/benchmark.json, target/benchmark.md");
    }

    // --- the service against its JDBC floor ---------------------------------------------------------------------

    /** Service timings, the bare JDBC timings of the same statements, the statement count and the rows. */
    record Measured(Stats service, Stats floor, int statements, int rows, List<String> sql) {

        String describe() {
            if (floor.n() == 0) {
                return statements + " statement(s); no JDBC floor (not only SELECTs)";
            }
            return String.format(Locale.ROOT, "JDBC floor median %.2f / p95 %.2f ms; ratio p95 %.2f, median "
                    + "%.2f; %d statement(s)", floor.median(), floor.p95(), service.p95() / floor.p95(),
                    service.median() / floor.median(), statements);
        }

        Map<String, Object> details() {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("statements", statements);
            details.put("rows", rows);
            details.put("jdbcMedianMs", floor.median());
            details.put("jdbcP95Ms", floor.p95());
            details.put("ratioP95", service.p95() / floor.p95());
            details.put("ratioMedian", service.median() / floor.median());
            details.put("minMs", service.min());
            details.put("maxMs", service.max());
            details.put("sql", sql);
            return details;
        }
    }

    private Measured measureWithFloor(Supplier<?> call) {
        return measureWithFloor(call, WARM_UP, ITERATIONS);
    }

    /**
     * Warms {@code call} up, records the statements it sends, then alternates the call and a bare-JDBC replay of
     * exactly those statements (same SQL, same parameter setters, every column of every row read) {@code n} times.
     * The replay borrows a pooled connection in auto-commit mode: no transaction, no ORM, no mapping.
     */
    private Measured measureWithFloor(Supplier<?> call, int warmUp, int n) {
        for (int i = 0; i < warmUp; i++) {
            call.get();
        }
        Object[] result = new Object[1];
        List<SqlCapture.Executed> statements = SqlCapture.record(() -> result[0] = call.get());
        boolean replayable = !statements.isEmpty() && statements.stream()
                .allMatch(s -> s.sql().stripLeading().toLowerCase(Locale.ROOT).startsWith("select")
                        || s.sql().stripLeading().toLowerCase(Locale.ROOT).startsWith("with"));
        int rows = result[0] instanceof java.util.Collection<?> collection ? collection.size() : 1;
        for (int i = 0; i < warmUp && replayable; i++) {
            replay(statements);
        }
        double[] service = new double[n];
        double[] floor = new double[replayable ? n : 0];
        for (int i = 0; i < n; i++) {
            boolean floorFirst = i % 2 == 1;
            if (floorFirst && replayable) {
                floor[i] = timed(() -> replay(statements));
            }
            service[i] = timed(call::get);
            if (!floorFirst && replayable) {
                floor[i] = timed(() -> replay(statements));
            }
        }
        return new Measured(Stats.of(service), Stats.of(floor), statements.size(), rows,
                statements.stream().map(SqlCapture.Executed::sql).toList());
    }

    private static double timed(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static void replay(List<SqlCapture.Executed> statements) {
        try (Connection connection = SqlCapture.bareDataSource().getConnection()) {
            for (SqlCapture.Executed executed : statements) {
                try (PreparedStatement statement = connection.prepareStatement(executed.sql())) {
                    executed.bind(statement);
                    try (ResultSet rows = statement.executeQuery()) {
                        int columns = rows.getMetaData().getColumnCount();
                        while (rows.next()) {
                            for (int column = 1; column <= columns; column++) {
                                rows.getObject(column);
                            }
                        }
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("JDBC replay failed", e);
        }
    }

    static {
        assertThat(ITERATIONS).isGreaterThanOrEqualTo(30);
    }
}
