package id.go.kemensos.replika.dashboard;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import id.go.kemensos.replika.IntegrationTest;
import id.go.kemensos.replika.base.BusinessException;
import id.go.kemensos.replika.base.i18n.Formats;
import id.go.kemensos.replika.innovation.AwardLevel;
import id.go.kemensos.replika.innovation.AwardedInnovations;
import id.go.kemensos.replika.innovation.Stage;
import id.go.kemensos.replika.innovation.Sustainability;
import id.go.kemensos.replika.replication.ProvinceReplications;
import id.go.kemensos.replika.replication.ReplicationStatus;
import id.go.kemensos.replika.replication.AdoptingUnitCount;
import id.go.kemensos.replika.unit.UnitForm;
import id.go.kemensos.replika.unit.UnitService;
import id.go.kemensos.replika.unit.UnitType;
import id.go.kemensos.replika.workshop.MonthTotal;
import id.go.kemensos.replika.workshop.WorkshopLatest;
import id.go.kemensos.replika.workshop.WorkshopService;
import id.go.kemensos.replika.workshop.WorkshopStatus;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every figure of the dashboards against the demo data, exactly. The expected numbers come from reading the demo
 * changelogs (03 units, 06 innovations and awards, 08 replications, 11 workshops), transcribed below, not from
 * what the code returns. Other test classes add and change records in the shared database, so this class runs
 * first ({@code @Order(1)}, see {@code junit-platform.properties}) and changes nothing itself.
 */
@IntegrationTest
@Order(1)
class DashboardServiceTest {

    /** 2026-12-01-03: the demo UPTs (id name|province). */
    private static final Map<Long, String[]> UPTS = parseUnits("""
            10 Sentra Terpadu Kartini|Jawa Tengah
            11 Sentra Terpadu Pangudi Luhur|Jawa Barat
            12 Sentra Terpadu Inten Soeweno|Jawa Barat
            13 Sentra Terpadu Prof. Dr. Soeharso|Jawa Tengah
            14 Sentra Wyata Guna|Jawa Barat
            15 Sentra Phala Martha|Jawa Barat
            16 Sentra Handayani|DKI Jakarta
            17 Sentra Margo Laras|Jawa Tengah
            18 Sentra Antasena|Jawa Tengah
            19 Sentra Budi Perkasa|Sumatera Selatan
            20 Sentra Insyaf|Sumatera Utara
            21 Sentra Dharma Guna|Bengkulu
            22 Sentra Nipotowe|Sulawesi Tengah
            23 Sentra Efata|Nusa Tenggara Timur
            24 Sentra Wasana Bahagia|Maluku Utara
            25 Sentra Alyatama|Jambi
            """);

    /**
     * 2026-12-01-08: each demo replication's id, status, origin unit, adopting unit, the days before the load day
     * on which it was created (the grid's "year started"), and whether its monitoring report is overdue (implementing,
     * last report or start more than 100 days ago: 6, 19, 31, 43).
     */
    private static final List<Demo> REPLICATIONS = parseReplications("""
            1 INSTITUTIONALISED 10 11 757 -
            2 INSTITUTIONALISED 10 17 766 -
            3 EVALUATED 10 12 593 -
            4 EVALUATED 10 25 531 -
            5 IMPLEMENTING 10 13 338 -
            6 IMPLEMENTING 10 15 468 overdue
            7 IMPLEMENTING 10 19 315 -
            8 IMPLEMENTING 10 23 221 -
            9 APPROVED 10 21 73 -
            10 SUBMITTED 10 14 14 -
            11 DRAFT 10 22 14 -
            12 DISCONTINUED 10 24 469 -
            13 DRAFT 10 24 38 -
            14 SUBMITTED 10 18 61 -
            15 APPROVED 10 20 35 -
            16 EVALUATED 10 13 511 -
            17 IMPLEMENTING 10 16 258 -
            18 DISCONTINUED 10 14 287 -
            19 IMPLEMENTING 10 17 230 overdue
            20 DRAFT 10 18 33 -
            21 SUBMITTED 10 12 21 -
            22 DISCONTINUED 10 23 151 -
            23 APPROVED 10 21 103 -
            24 INSTITUTIONALISED 15 10 494 -
            25 EVALUATED 25 10 545 -
            26 IMPLEMENTING 13 10 382 -
            27 APPROVED 12 10 57 -
            28 SUBMITTED 16 10 12 -
            29 DRAFT 23 10 27 -
            30 DISCONTINUED 17 10 477 -
            31 IMPLEMENTING 13 10 437 overdue
            32 IMPLEMENTING 13 14 156 -
            33 INSTITUTIONALISED 13 19 597 -
            34 EVALUATED 13 22 523 -
            35 APPROVED 13 23 73 -
            36 SUBMITTED 13 24 30 -
            37 DISCONTINUED 13 21 365 -
            38 IMPLEMENTING 13 19 157 -
            39 DRAFT 13 12 21 -
            40 INSTITUTIONALISED 13 20 744 -
            41 APPROVED 14 13 43 -
            42 IMPLEMENTING 14 23 307 -
            43 IMPLEMENTING 14 22 379 overdue
            44 SUBMITTED 14 25 7 -
            45 EVALUATED 14 19 499 -
            46 INSTITUTIONALISED 14 21 714 -
            47 DRAFT 14 25 45 -
            48 DRAFT 23 13 10 -
            49 IMPLEMENTING 15 17 276 -
            50 EVALUATED 15 20 468 -
            51 INSTITUTIONALISED 15 14 492 -
            52 DISCONTINUED 15 21 601 -
            53 APPROVED 15 22 60 -
            54 SUBMITTED 15 23 40 -
            55 SUBMITTED 15 17 17 -
            56 IMPLEMENTING 16 18 107 -
            57 APPROVED 16 11 116 -
            58 SUBMITTED 16 18 31 -
            59 DRAFT 16 24 2 -
            60 IMPLEMENTING 20 25 465 -
            61 APPROVED 20 21 25 -
            62 IMPLEMENTING 23 22 232 -
            63 SUBMITTED 23 12 7 -
            64 APPROVED 25 15 74 -
            65 INSTITUTIONALISED 25 24 651 -
            66 EVALUATED 18 16 460 -
            67 DRAFT 18 20 27 -
            68 APPROVED 11 16 53 -
            69 DISCONTINUED 11 12 75 -
            """);

    /**
     * 2026-12-01-11: the 18 workshops' monthly reports added up, for k = 1..24 months before the load month (the
     * current month has none): revenue (IDR), members, and how many workshops reported. Workshops 6 and 14 are
     * inactive and stopped reporting (their last reports: 9 and 15 months ago).
     */
    private static final long[] REVENUE = {0, 267_565_000, 254_250_000, 250_905_000, 246_790_000, 246_360_000,
        243_885_000, 223_560_000, 223_420_000, 223_080_000, 204_900_000, 201_290_000, 196_630_000, 191_765_000,
        193_045_000, 191_820_000, 183_160_000, 181_570_000, 165_115_000, 166_765_000, 163_400_000, 163_885_000,
        153_960_000, 149_530_000, 146_325_000};
    private static final long[] MEMBERS = {0, 291, 289, 285, 281, 279, 281, 264, 262, 266, 263, 259, 258, 255, 251,
        254, 256, 257, 246, 238, 234, 232, 233, 229, 227};
    private static final long[] REPORTING = {0, 16, 16, 16, 16, 16, 16, 16, 16, 17, 17, 17, 17, 17, 17, 18, 18, 18,
        18, 18, 18, 18, 18, 18, 18};

    @Autowired
    DashboardService dashboards;

    @Autowired
    WorkshopService workshops;

    @Autowired
    UnitService units;

    @Test
    @WithUserDetails("direktur")
    void theDirectorsReplicationFiguresMatchTheDemoReplications() {
        Portfolio portfolio = dashboards.portfolio(null);

        assertThat(portfolio.year()).isNull();
        assertThat(portfolio.funnel()).containsExactly(entry(ReplicationStatus.DRAFT, 9L),
                entry(ReplicationStatus.SUBMITTED, 10L), entry(ReplicationStatus.APPROVED, 11L),
                entry(ReplicationStatus.IMPLEMENTING, 16L), entry(ReplicationStatus.EVALUATED, 8L),
                entry(ReplicationStatus.INSTITUTIONALISED, 8L), entry(ReplicationStatus.DISCONTINUED, 7L));
        assertThat(portfolio.replications()).isEqualTo(69);
        assertThat(portfolio.overdueReports()).isEqualTo(4);

        // ties (same total) by name: Efata, Nipotowe, Terpadu Inten Soeweno, Wasana Bahagia; then the 4s
        assertThat(portfolio.topAdoptingUnits()).extracting(AdoptingUnitCount::unitId, AdoptingUnitCount::total)
                .containsExactly(pair(10, 8), pair(21, 6), pair(23, 5), pair(22, 5), pair(12, 5), pair(24, 5),
                        pair(25, 4), pair(18, 4), pair(19, 4), pair(20, 4));
        AdoptingUnitCount kartini = portfolio.topAdoptingUnits().get(0);
        assertThat(kartini.unitName()).isEqualTo("Sentra Terpadu Kartini");
        assertThat(kartini.province()).isEqualTo("Jawa Tengah");
        assertThat(kartini.byStatus().values()).containsExactly(1L, 1L, 1L, 2L, 1L, 1L, 1L);
        assertThat(portfolio.topAdoptingUnits().get(1).byStatus()).containsExactly(
                entry(ReplicationStatus.DRAFT, 0L), entry(ReplicationStatus.SUBMITTED, 0L),
                entry(ReplicationStatus.APPROVED, 3L), entry(ReplicationStatus.IMPLEMENTING, 0L),
                entry(ReplicationStatus.EVALUATED, 0L), entry(ReplicationStatus.INSTITUTIONALISED, 1L),
                entry(ReplicationStatus.DISCONTINUED, 2L));
        assertThat(portfolio.idleUnits()).as("every demo UPT adopts a replication").isEmpty();

        assertThat(portfolio.byProvince()).extracting(ProvinceReplications::province, ProvinceReplications::total)
                .containsExactly(pair("Jawa Tengah", 20), pair("Jawa Barat", 13), pair("Bengkulu", 6),
                        pair("Maluku Utara", 5), pair("Nusa Tenggara Timur", 5), pair("Sulawesi Tengah", 5),
                        pair("Jambi", 4), pair("Sumatera Selatan", 4), pair("Sumatera Utara", 4),
                        pair("DKI Jakarta", 3));
        assertThat(portfolio.byProvince().get(0).byStatus().values()).containsExactly(3L, 4L, 2L, 6L, 2L, 2L, 1L);

        // the same numbers once more, computed from the transcription above
        assertThat(portfolio.funnel()).isEqualTo(expectedFunnel(REPLICATIONS));
        assertThat(portfolio.topAdoptingUnits()).extracting(AdoptingUnitCount::unitId)
                .containsExactlyElementsOf(expectedTopUnits(REPLICATIONS));
    }

    @Test
    @WithUserDetails("direktur")
    void theDirectorsInnovationAndAwardFiguresMatchTheDemoRegistry() {
        Portfolio portfolio = dashboards.portfolio(null);

        assertThat(portfolio.innovationCount()).isEqualTo(31);
        assertThat(portfolio.innovations().get(Stage.INITIATIVE)).containsExactly(
                entry(Sustainability.ACTIVE, 2L), entry(Sustainability.DORMANT, 0L), entry(Sustainability.STOPPED, 0L));
        assertThat(portfolio.innovations().get(Stage.TRIAL)).containsExactly(
                entry(Sustainability.ACTIVE, 3L), entry(Sustainability.DORMANT, 1L), entry(Sustainability.STOPPED, 0L));
        assertThat(portfolio.innovations().get(Stage.IMPLEMENTED)).containsExactly(
                entry(Sustainability.ACTIVE, 13L), entry(Sustainability.DORMANT, 4L),
                entry(Sustainability.STOPPED, 2L));
        assertThat(portfolio.innovations().get(Stage.INSTITUTIONALISED)).containsExactly(
                entry(Sustainability.ACTIVE, 6L), entry(Sustainability.DORMANT, 0L), entry(Sustainability.STOPPED, 0L));

        int thisYear = LocalDate.now(Formats.ZONE).getYear();
        assertThat(portfolio.achievements()).extracting(AwardedInnovations::year)
                .containsExactlyElementsOf(IntStream.rangeClosed(2014, thisYear).boxed().toList());
        // innovations per award level (Top 99 / Top 45 / Outstanding / Winner) and year, from 2026-12-01-06
        Map<Integer, List<Long>> expected = new LinkedHashMap<>();
        expected.put(2014, List.of(1L, 0L, 0L, 0L)); // 11
        expected.put(2015, List.of(2L, 0L, 0L, 0L)); // 7, 19
        expected.put(2016, List.of(1L, 1L, 0L, 0L)); // 18; 12
        expected.put(2017, List.of(2L, 1L, 0L, 0L)); // 6, 20; 18
        expected.put(2018, List.of(1L, 1L, 0L, 0L)); // 10; 1
        expected.put(2019, List.of(0L, 1L, 1L, 1L)); // 25; 6; 10
        expected.put(2020, List.of(1L, 1L, 0L, 0L)); // 4; 10
        expected.put(2021, List.of(1L, 1L, 1L, 0L)); // 15; 4; 20
        expected.put(2022, List.of(3L, 0L, 0L, 0L)); // 19, 21, 29
        expected.put(2023, List.of(1L, 0L, 0L, 0L)); // 3
        for (AwardedInnovations year : portfolio.achievements()) {
            assertThat(List.of(year.byLevel().get(AwardLevel.TOP_99), year.byLevel().get(AwardLevel.TOP_45),
                    year.byLevel().get(AwardLevel.OUTSTANDING), year.byLevel().get(AwardLevel.WINNER)))
                    .as("year " + year.year()).isEqualTo(expected.getOrDefault(year.year(), List.of(0L, 0L, 0L, 0L)));
        }
        assertThat(portfolio.achievements().stream().filter(y -> y.year() == 2018).findFirst().orElseThrow()
                .byLevel().get(AwardLevel.REGISTERED)).as("registrations of 2018: 9, 16, 24").isEqualTo(3);
    }

    @Test
    @WithUserDetails("direktur")
    void theDirectorsWorkshopFiguresMatchTheDemoReportsOfTheLast24Months() {
        WorkshopTotals totals = dashboards.portfolio(null).workshops();

        assertThat(totals.byStatus()).containsExactly(entry(WorkshopStatus.MENTORING, 7L),
                entry(WorkshopStatus.INDEPENDENT, 9L), entry(WorkshopStatus.INACTIVE, 2L));
        assertThat(totals.workshops()).isEqualTo(18);
        LocalDate thisMonth = LocalDate.now(Formats.ZONE).withDayOfMonth(1);
        assertThat(totals.months()).extracting(MonthTotal::month).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 24).mapToObj(i -> thisMonth.minusMonths(25 - i)).toList());
        for (MonthTotal month : totals.months()) {
            int k = (int) ChronoUnit.MONTHS.between(month.month(), loadMonth());
            assertThat(List.of(month.revenue(), month.members(), month.workshops())).as(month.month().toString())
                    .containsExactly(REVENUE[k], MEMBERS[k], REPORTING[k]);
        }
        assertThat(totals.revenue()).isEqualTo(totals.months().stream()
                .mapToLong(month -> REVENUE[(int) ChronoUnit.MONTHS.between(month.month(), loadMonth())]).sum());
        assertThat(totals.latestReported().month()).isEqualTo(loadMonth().minusMonths(1));
        assertThat(totals.latestReported().members()).isEqualTo(291);
    }

    @Test
    @WithUserDetails("direktur")
    void lastYearsPortfolioCountsWhatBeganThatYear() {
        int year = LocalDate.now(Formats.ZONE).getYear() - 1;
        List<Demo> begun = REPLICATIONS.stream().filter(demo -> demo.createdOn().getYear() == year).toList();
        Portfolio portfolio = dashboards.portfolio(Year.of(year));

        assertThat(portfolio.year()).isEqualTo(Year.of(year));
        assertThat(begun).as("the demo spreads over the last two years").isNotEmpty();
        assertThat(portfolio.funnel()).isEqualTo(expectedFunnel(begun));
        assertThat(portfolio.overdueReports()).isEqualTo(begun.stream().filter(Demo::overdue).count());
        assertThat(portfolio.topAdoptingUnits()).extracting(AdoptingUnitCount::unitId)
                .containsExactlyElementsOf(expectedTopUnits(begun));
        assertThat(portfolio.topAdoptingUnits()).allSatisfy(unit -> assertThat(unit.total())
                .isEqualTo(begun.stream().filter(demo -> demo.adopting() == unit.unitId()).count()));
        Set<Long> adopters = begun.stream().map(Demo::adopting).collect(Collectors.toSet());
        assertThat(portfolio.idleUnits()).extracting(AdoptingUnitCount::unitId).containsExactlyElementsOf(
                UPTS.keySet().stream().filter(id -> !adopters.contains(id))
                        .sorted(Comparator.comparing(id -> UPTS.get(id)[0])).toList());
        assertThat(portfolio.byProvince()).allSatisfy(province -> assertThat(province.total())
                .isEqualTo(begun.stream().filter(demo -> UPTS.get(demo.adopting())[1].equals(province.province()))
                        .count()));
        assertThat(portfolio.byProvince().stream().mapToLong(ProvinceReplications::total).sum())
                .isEqualTo(begun.size());

        assertThat(portfolio.innovationCount()).as("no demo innovation started last year").isZero();
        assertThat(portfolio.achievements()).extracting(AwardedInnovations::year).containsExactly(year);

        // every month of last year lies within the demo's 24 months of reports
        assertThat(portfolio.workshops().months()).extracting(MonthTotal::month).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 12).mapToObj(month -> LocalDate.of(year, month, 1)).toList());
        for (MonthTotal month : portfolio.workshops().months()) {
            int k = (int) ChronoUnit.MONTHS.between(month.month(), loadMonth());
            assertThat(List.of(month.revenue(), month.members())).as(month.month().toString())
                    .containsExactly(REVENUE[k], MEMBERS[k]);
        }
        assertThat(portfolio.workshops().byStatus()).as("statuses as they stand now")
                .containsEntry(WorkshopStatus.MENTORING, 7L);
    }

    @Test
    @WithUserDetails("panrb")
    void the2018PortfolioHasThatYearsInnovationsAndAwardsAndNoReplicationYet() {
        Portfolio portfolio = dashboards.portfolio(Year.of(2018));

        assertThat(portfolio.replications()).isZero();
        assertThat(portfolio.topAdoptingUnits()).isEmpty();
        assertThat(portfolio.byProvince()).isEmpty();
        assertThat(portfolio.idleUnits()).as("all 16 demo UPTs, by name").extracting(AdoptingUnitCount::unitName)
                .containsExactlyElementsOf(UPTS.values().stream().map(unit -> unit[0]).sorted().toList());
        // innovations started in 2018: 8 and 28 (implemented, dormant), 25 and 29 (implemented, active)
        assertThat(portfolio.innovationCount()).isEqualTo(4);
        assertThat(portfolio.innovations().get(Stage.IMPLEMENTED)).containsExactly(
                entry(Sustainability.ACTIVE, 2L), entry(Sustainability.DORMANT, 2L), entry(Sustainability.STOPPED, 0L));
        assertThat(portfolio.achievements()).singleElement().satisfies(year -> assertThat(year.byLevel())
                .containsEntry(AwardLevel.TOP_99, 1L).containsEntry(AwardLevel.TOP_45, 1L)
                .containsEntry(AwardLevel.OUTSTANDING, 0L).containsEntry(AwardLevel.WINNER, 0L));
        assertThat(portfolio.workshops().months()).hasSize(12).allSatisfy(month -> assertThat(month.workshops())
                .as("the demo reports start 24 months ago").isZero());
    }

    @Test
    @WithUserDetails("admin")
    void aYearBeforeTheFirstCompetitionOrInTheFutureIsRefused() {
        int thisYear = LocalDate.now(Formats.ZONE).getYear();
        assertThatThrownBy(() -> dashboards.portfolio(Year.of(2013))).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo("dashboard.validation.year"));
        assertThatThrownBy(() -> dashboards.portfolio(Year.of(thisYear + 1)))
                .isInstanceOf(BusinessException.class);
        assertThat(dashboards.portfolio(Year.of(thisYear)).year()).isEqualTo(Year.of(thisYear));
    }

    @Test
    @Transactional
    @WithUserDetails("admin")
    void anActiveUnitWithoutReplicationsIsListedAsIdle() {
        UnitForm form = new UnitForm();
        form.setCode("IDLE-" + System.nanoTime() % 100_000);
        form.setName("Sentra Tanpa Replikasi");
        form.setType(UnitType.UPT);
        form.setProvince("Papua");
        long id = units.create(form).id();

        assertThat(dashboards.portfolio(null).idleUnits()).singleElement().satisfies(unit -> {
            assertThat(unit.unitId()).isEqualTo(id);
            assertThat(unit.unitName()).isEqualTo("Sentra Tanpa Replikasi");
            assertThat(unit.province()).isEqualTo("Papua");
            assertThat(unit.total()).isZero();
        });
    }

    @Test
    @WithUserDetails("kartini")
    void kartinisDashboardCountsOnlyKartinisReplicationsAndWorkshops() {
        UnitDashboard figures = dashboards.unitDashboard();

        assertThat(figures.unitId()).isEqualTo(10);
        assertThat(figures.drafts()).as("29").isEqualTo(1);
        assertThat(figures.approvedNotStarted()).as("27").isEqualTo(1);
        assertThat(figures.reportsDue()).as("31, last report 207 days ago").isEqualTo(1);
        assertThat(figures.reportsOverdue()).as("31").isEqualTo(1);
        assertThat(figures.adopting()).isEqualTo(expectedFunnel(REPLICATIONS.stream()
                .filter(demo -> demo.adopting() == 10).toList()));
        assertThat(figures.adopting().values()).containsExactly(1L, 1L, 1L, 2L, 1L, 1L, 1L);
        assertThat(figures.originating().values()).as("replications 1..23 of Kartini's innovations")
                .containsExactly(3L, 3L, 3L, 6L, 3L, 2L, 3L);

        // 2026-12-01-11: Kartini coaches workshops 1..8; the inactive one (6) last reported 9 months ago
        LocalDate lastMonth = loadMonth().minusMonths(1);
        assertThat(figures.workshopCount()).isEqualTo(8);
        assertThat(figures.workshops()).extracting(WorkshopLatest::name, WorkshopLatest::members,
                        WorkshopLatest::revenue, WorkshopLatest::month)
                .containsExactly(
                        tuple("Batik Barokah", 25, 65_065_000L, lastMonth),
                        tuple("Rumah Kinasih", 52, 15_840_000L, lastMonth),
                        tuple("SWP Guyub Rukun", 14, 7_355_000L, lastMonth),
                        tuple("SWP Kembang Turi", 15, 5_610_000L, lastMonth),
                        tuple("SWP Lestari", 13, 8_045_000L, lastMonth),
                        tuple("SWP Ngudi Rahayu", 17, 9_585_000L, lastMonth),
                        tuple("SWP Sekar Jagad", 23, 72_975_000L, lastMonth),
                        tuple("SWP Sumber Makmur", 6, 1_830_000L,
                                loadMonth().minusMonths(9)));
    }

    @Test
    @WithUserDetails("soeharso")
    void soeharsosDashboardCountsOnlySoeharsosUnit() {
        UnitDashboard figures = dashboards.unitDashboard();

        assertThat(figures.unitId()).isEqualTo(13);
        // Soeharso adopts 5 (implementing, reported 7 days ago), 16 (evaluated), 41 (approved), 48 (draft)
        assertThat(List.of(figures.drafts(), figures.approvedNotStarted(), figures.reportsDue(),
                figures.reportsOverdue())).containsExactly(1L, 1L, 0L, 0L);
        assertThat(figures.originating().values().stream().mapToLong(Long::longValue).sum())
                .as("replications of Soeharso's innovations: 26, 31..40").isEqualTo(11);
        assertThat(figures.workshops()).extracting(WorkshopLatest::name)
                .containsExactly("SWP Handarbeni", "SWP Mekar Sari", "SWP Sido Mulyo");
    }

    @Test
    @WithUserDetails("mitra1")
    void aCsrPartnerIsRefusedEveryDashboardButItsWorkshopFiguresStayItsOwn() {
        assertThatThrownBy(() -> dashboards.portfolio(null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboards.unitDashboard()).isInstanceOf(AccessDeniedException.class);

        // partner 1 sponsors workshops 2, 4, 7 and 10: last month's revenue of those four only
        LocalDate lastMonth = loadMonth().minusMonths(1);
        assertThat(workshops.monthlyTotals(lastMonth, lastMonth)).singleElement().satisfies(month -> {
            assertThat(month.workshops()).isEqualTo(4);
            assertThat(month.revenue()).isEqualTo(65_065_000L + 72_975_000L + 5_610_000L + 5_865_000L);
        });
    }

    @Test
    @WithUserDetails("kartini")
    void anOperatorIsRefusedTheDirectorsFigures() {
        assertThatThrownBy(() -> dashboards.portfolio(null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboards.portfolio(Year.of(2020))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("direktur")
    void aDirectorHasNoUnitDashboard() {
        assertThatThrownBy(() -> dashboards.unitDashboard()).isInstanceOf(AccessDeniedException.class);
    }

    // --- expectations computed from the transcribed demo data ---------------------------------------------------

    private static Map<ReplicationStatus, Long> expectedFunnel(List<Demo> replications) {
        Map<ReplicationStatus, Long> funnel = new EnumMap<>(ReplicationStatus.class);
        Arrays.stream(ReplicationStatus.values()).forEach(status -> funnel.put(status, 0L));
        replications.forEach(demo -> funnel.merge(demo.status(), 1L, Long::sum));
        return funnel;
    }

    /** Adopting units by count, then name, at most ten. */
    private static List<Long> expectedTopUnits(List<Demo> replications) {
        Map<Long, Long> counts = replications.stream().collect(groupingBy(Demo::adopting, counting()));
        return counts.keySet().stream()
                .sorted(Comparator.comparing((Long id) -> -counts.get(id)).thenComparing(id -> UPTS.get(id)[0]))
                .limit(DashboardService.TOP_UNITS).toList();
    }

    /** The demo data is loaded on the first day of the run (UTC), relative to that day. */
    private static LocalDate loadDay() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static LocalDate loadMonth() {
        return loadDay().withDayOfMonth(1);
    }

    private static Tuple pair(Object first, Object second) {
        return tuple(first instanceof Integer i ? Long.valueOf(i) : first,
                second instanceof Integer i ? Long.valueOf(i) : second);
    }

    record Demo(long id, ReplicationStatus status, long origin, long adopting, int createdDaysAgo, boolean overdue) {

        LocalDate createdOn() {
            return loadDay().minusDays(createdDaysAgo);
        }
    }

    private static List<Demo> parseReplications(String table) {
        List<Demo> rows = new ArrayList<>();
        table.lines().map(String::trim).filter(line -> !line.isEmpty()).forEach(line -> {
            String[] cells = line.split(" ");
            rows.add(new Demo(Long.parseLong(cells[0]), ReplicationStatus.valueOf(cells[1]),
                    Long.parseLong(cells[2]), Long.parseLong(cells[3]), Integer.parseInt(cells[4]),
                    cells[5].equals("overdue")));
        });
        return List.copyOf(rows);
    }

    private static Map<Long, String[]> parseUnits(String table) {
        Map<Long, String[]> rows = new LinkedHashMap<>();
        table.lines().map(String::trim).filter(line -> !line.isEmpty()).forEach(line -> {
            int space = line.indexOf(' ');
            rows.put(Long.parseLong(line.substring(0, space)), line.substring(space + 1).split("\\|"));
        });
        return rows;
    }

    static {
        // a transcription error would make every expectation above wrong: check it against the changelog's totals
        assertThat(REPLICATIONS).hasSize(69);
        assertThat(new TreeSet<>(REPLICATIONS.stream().map(Demo::id).toList())).hasSize(69);
        assertThat(UPTS).hasSize(16);
    }
}
