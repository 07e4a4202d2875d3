package id.go.kemensos.replika.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.kemensos.replika.IntegrationTest;
import id.go.kemensos.replika.base.BusinessException;
import id.go.kemensos.replika.base.NotFoundException;
import id.go.kemensos.replika.base.i18n.AppI18NProvider;
import id.go.kemensos.replika.base.i18n.Formats;
import id.go.kemensos.replika.dashboard.DashboardService;
import id.go.kemensos.replika.dashboard.Portfolio;
import id.go.kemensos.replika.innovation.AwardLevel;
import id.go.kemensos.replika.replication.MonitoringReportItem;
import id.go.kemensos.replika.replication.ReplicationDetails;
import id.go.kemensos.replika.replication.ReplicationService;
import id.go.kemensos.replika.replication.ReplicationStatus;
import id.go.kemensos.replika.replication.UnitReplicationItem;
import id.go.kemensos.replika.replication.UnitReplications;
import id.go.kemensos.replika.workshop.MonthTotal;
import id.go.kemensos.replika.workshop.WorkshopPeriodFigures;
import id.go.kemensos.replika.workshop.WorkshopService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The printable reports against the demo data, read back with PDFBox in both languages, and who may print what:
 * the replication report follows the replication page's scope, the unit summary the operator's own unit, the annual
 * portfolio the directors' dashboard (whose figures it must print).
 */
@IntegrationTest
class ReportServiceTest {

    /** Demo: Alyatama's sewing training replicated by Kartini (unit 10), evaluated, six monitoring reports. */
    static final long KARTINI_ADOPTS = 25;
    /** Demo: Soeharso's ALBAKE replicated by Wyata Guna; nothing to do with Kartini. */
    static final long OTHER_UNITS = 32;
    static final long KARTINI = 10;
    static final long SOEHARSO = 13;
    static final String INNOVATION_25 = "Pelatihan Menjahit dan Sablon bagi Penyandang Disabilitas Rungu Wicara";

    @Autowired
    ReportService reports;
    @Autowired
    ReplicationService replications;
    @Autowired
    WorkshopService workshops;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DashboardService dashboards;

    @Test
    @WithUserDetails("kartini")
    void theReplicationReportReadsBackInIndonesian() {
        ReplicationDetails replication = replications.get(KARTINI_ADOPTS);
        MonitoringReportItem latest = replication.reports().getFirst();
        ReportFile file = reports.replicationStatus(KARTINI_ADOPTS, AppI18NProvider.INDONESIAN);

        assertThat(file.fileName()).isEqualTo("laporan-replikasi-25-" + LocalDate.now(Formats.ZONE) + ".pdf");
        Pdf pdf = Pdf.read(file);
        assertThat(pdf.text()).contains("Laporan Status Replikasi", INNOVATION_25,
                "INV-2026-0031 · Sentra Terpadu Kartini mereplikasi dari Sentra Alyatama",
                "Status saat ini " + label("replication.status." + replication.status(), "in"),
                "Penerima manfaat dilayani " + latest.peopleServed(),
                "Triwulan " + latest.quarter() + " " + latest.year(),
                "Draf → Diajukan", "Surat pernyataan minat Ada", "Perjanjian kerja sama Ada",
                "Minimal satu laporan pemantauan " + replication.reports().size() + " laporan",
                "Total 19 / 25");
        pdf.assertNumbered("Halaman %d dari %d");
        pdf.assertGenerated("Dibuat", "Desember|Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September"
                + "|Oktober|November");
    }

    @Test
    @WithUserDetails("kartini")
    void theReplicationReportReadsBackInEnglish() {
        ReplicationDetails replication = replications.get(KARTINI_ADOPTS);
        MonitoringReportItem latest = replication.reports().getFirst();
        Pdf pdf = Pdf.read(reports.replicationStatus(KARTINI_ADOPTS, Locale.ENGLISH));

        assertThat(pdf.text()).contains("Replication Status Report", INNOVATION_25,
                "Sentra Terpadu Kartini replicates from Sentra Alyatama",
                "Current status " + label("replication.status." + replication.status(), "en"),
                "Beneficiaries served " + latest.peopleServed(),
                "Draft → Submitted", "Letter of interest Present",
                "At least one monitoring report " + replication.reports().size() + " reports")
                .doesNotContain("Halaman", "Dibuat");
        pdf.assertNumbered("Page %d of %d");
        pdf.assertGenerated("Generated", "December|January|February|March|April|May|June|July|August|September"
                + "|October|November");
    }

    @Test
    @WithUserDetails("admin")
    void aDraftWithoutEvidenceSaysWhatIsMissing() {
        // demo replication 11: Nipotowe's draft of the SWP innovation, no documents, no reports
        Pdf pdf = Pdf.read(reports.replicationStatus(11, Locale.ENGLISH));
        assertThat(pdf.text()).contains("Letter of interest Missing", "Cooperation agreement Missing",
                "At least one monitoring report Missing", "No monitoring reports yet.", "Not evaluated yet.");
    }

    @Test
    @WithUserDetails("kartini")
    void theUnitSummaryReadsBackInBothLanguages() {
        int year = Year.now(Formats.ZONE).getValue();
        ReportFile indonesian = reports.unitSummary(KARTINI, ReportPeriod.year(year), AppI18NProvider.INDONESIAN);
        assertThat(indonesian.fileName()).isEqualTo("ringkasan-unit-st-kartini-" + year + ".pdf");
        Pdf pdf = Pdf.read(indonesian);
        assertThat(pdf.text()).contains("Ringkasan Unit", "Sentra Terpadu Kartini",
                "ST-KARTINI · 1 Januari " + year + " – 31 Desember " + year, "Sheltered Workshop Peduli (SWP)",
                "Top 45 · KIPP 2018", "Rumah Kinasih", "Batik Barokah", "Replikasi yang diadopsi unit ini",
                "INV-2026-0031 – Pelatihan Menjahit", "SWP binaan 8");
        pdf.assertNumbered("Halaman %d dari %d");
        pdf.assertGenerated("Dibuat", "Desember|Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September"
                + "|Oktober|November");

        Pdf english = Pdf.read(reports.unitSummary(KARTINI, ReportPeriod.year(year), Locale.ENGLISH));
        assertThat(english.text()).contains("Unit Summary", "1 January " + year + " – 31 December " + year,
                "Workshops coached 8", "Replications adopted by this unit", "Institutionalised");
        english.assertNumbered("Page %d of %d");
    }

    @Test
    @WithUserDetails("direktur")
    void theWorkshopFiguresAreTheMonthlyReportsOfThePeriodSummed() {
        LocalDate from = LocalDate.now(Formats.ZONE).withDayOfMonth(1).minusMonths(5);
        LocalDate to = LocalDate.now(Formats.ZONE);
        List<WorkshopPeriodFigures> figures = workshops.figuresOfUnit(KARTINI, from, to);
        assertThat(figures).hasSize(8).extracting(WorkshopPeriodFigures::name).contains("Rumah Kinasih");
        for (WorkshopPeriodFigures workshop : figures) {
            Map<String, Object> expected = jdbc.queryForMap("select count(*) months, coalesce(sum(revenue), 0) revenue, "
                    + "coalesce(sum(units_produced), 0) produced from workshop_report where workshop_id = ? "
                    + "and report_month between ? and ?", workshop.workshopId(), from, to);
            assertThat(workshop.monthsReported()).as(workshop.name()).isEqualTo(((Number) expected.get("months")).longValue());
            assertThat(workshop.revenue()).as(workshop.name()).isEqualTo(((Number) expected.get("revenue")).longValue());
            assertThat(workshop.unitsProduced()).isEqualTo(((Number) expected.get("produced")).longValue());
            List<Integer> latest = jdbc.queryForList("select members from workshop_report where workshop_id = ? "
                    + "and report_month between ? and ? order by report_month desc limit 1", Integer.class,
                    workshop.workshopId(), from, to);
            assertThat(workshop.latestMembers()).isEqualTo(latest.isEmpty() ? null : latest.getFirst());
        }
        assertThat(figures).anySatisfy(workshop -> assertThat(workshop.monthsReported()).isPositive());
    }

    @Test
    @WithUserDetails("direktur")
    void theUnitsReplicationsAreCountedPerStatusInSql() {
        int year = Year.now(Formats.ZONE).getValue();
        UnitReplications unit = replications.ofUnit(KARTINI, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                500);
        assertThat(unit.adoptedTotal()).isEqualTo(unit.adopted().size()).isPositive();
        assertThat(unit.originatedTotal()).isEqualTo(unit.originated().size()).isPositive();
        assertThat(unit.adopted()).extracting(UnitReplicationItem::adoptingUnitName)
                .containsOnly("Sentra Terpadu Kartini");
        assertThat(unit.originated()).extracting(UnitReplicationItem::originUnitName)
                .containsOnly("Sentra Terpadu Kartini");
        assertThat(unit.adopted()).extracting(UnitReplicationItem::id).contains(KARTINI_ADOPTS);

        UnitReplications capped = replications.ofUnit(KARTINI, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31), 2);
        assertThat(capped.originated()).hasSize(2);
        assertThat(capped.originatedTotal()).isEqualTo(unit.originatedTotal());
    }

    @Test
    @WithUserDetails("soeharso")
    void anOperatorCountsOnlyReplicationsTheirUnitTakesPartIn() {
        int year = Year.now(Formats.ZONE).getValue();
        UnitReplications kartini = replications.ofUnit(KARTINI, LocalDate.of(year - 2, 1, 1),
                LocalDate.of(year, 12, 31), 500);
        List<UnitReplicationItem> all = new ArrayList<>(kartini.adopted());
        all.addAll(kartini.originated());
        assertThat(all).isNotEmpty().allSatisfy(item -> assertThat(item.originUnitName() + item.adoptingUnitName())
                .contains("Soeharso"));
        assertThat(workshops.figuresOfUnit(KARTINI, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                .as("another unit's workshops").isEmpty();
    }

    @Test
    @WithUserDetails("kartini")
    void anOperatorPrintsTheirOwnUnitsSummaryOnly() {
        assertThat(reports.mayPrintUnitSummary(KARTINI)).isTrue();
        assertThat(reports.mayPrintUnitSummary(SOEHARSO)).isFalse();
        assertThatThrownBy(() -> reports.unitSummary(SOEHARSO, ReportPeriod.year(2026), Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("kartini")
    void anOperatorCannotPrintAReplicationWhosePageTheyCannotOpen() {
        assertThatThrownBy(() -> replications.get(OTHER_UNITS)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reports.replicationStatus(OTHER_UNITS, Locale.ENGLISH))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reports.replicationStatus(999_999, Locale.ENGLISH))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    @WithUserDetails("direktur")
    void staffPrintAnyUnitsSummary() {
        assertThat(reports.mayPrintUnitSummary(SOEHARSO)).isTrue();
        ReportFile file = reports.unitSummary(SOEHARSO, new ReportPeriod(LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 6, 30)), Locale.ENGLISH);
        assertThat(file.fileName()).isEqualTo("ringkasan-unit-st-soeharso-2025-01-01-2025-06-30.pdf");
        assertThat(Pdf.read(file).text()).contains("Sentra Terpadu Prof. Dr. Soeharso",
                "1 January 2025 – 30 June 2025", "INV-2026-0006");
        assertThat(Pdf.read(reports.replicationStatus(OTHER_UNITS, Locale.ENGLISH)).text())
                .contains("Sentra Wyata Guna replicates from Sentra Terpadu Prof. Dr. Soeharso");
    }

    @Test
    @WithUserDetails("mitra1")
    void csrPartnersPrintNothing() {
        assertThatThrownBy(() -> reports.unitSummary(KARTINI, ReportPeriod.year(2026), Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.replicationStatus(KARTINI_ADOPTS, Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.mayPrintUnitSummary(KARTINI)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.annualPortfolio(Year.of(2025), Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("direktur")
    void theAnnualPortfolioPrintsTheDashboardsFiguresOfTheYearInIndonesian() {
        int year = Year.now(Formats.ZONE).getValue() - 1;
        Portfolio portfolio = dashboards.portfolio(Year.of(year));
        assertThat(portfolio.replications()).as("the demo began replications last year").isPositive();
        ReportFile file = reports.annualPortfolio(Year.of(year), AppI18NProvider.INDONESIAN);

        assertThat(file.fileName()).isEqualTo("portofolio-tahunan-" + year + ".pdf");
        Pdf pdf = Pdf.read(file);
        Locale id = AppI18NProvider.INDONESIAN;
        assertThat(pdf.text()).contains("Portofolio Tahunan", "Portofolio replikasi inovasi " + year,
                "1 Januari " + year + " – 31 Desember " + year,
                "Replikasi yang dimulai pada " + year + " " + number(portfolio.replications(), id),
                "Laporan pemantauan terlambat " + number(portfolio.overdueReports(), id),
                "Inovasi yang dimulai pada " + year + " " + number(portfolio.innovationCount(), id),
                "Sheltered workshop (saat ini) " + number(portfolio.workshops().workshops(), id),
                "Pendapatan workshop " + year + " " + Formats.money(portfolio.workshops().revenue()),
                "Dilaksanakan " + number(portfolio.funnel().get(ReplicationStatus.IMPLEMENTING), id),
                "Dihentikan " + number(portfolio.funnel().get(ReplicationStatus.DISCONTINUED), id) + " Jumlah "
                        + number(portfolio.replications(), id), "Unit replikator dengan replikasi terbanyak",
                "Persiapan (draf sampai disetujui)", "Replikasi menurut provinsi unit replikator",
                "Inovasi yang dimulai pada " + year + " menurut tahap dan keberlanjutan",
                "Capaian kompetisi " + year, "Laporan bulanan workshop " + year);
        for (ReplicationStatus status : ReplicationStatus.values()) {
            assertThat(pdf.text()).contains(label("replication.status." + status, "in") + " "
                    + number(portfolio.funnel().get(status), id));
        }
        MonthTotal january = portfolio.workshops().months().getFirst();
        assertThat(january.month()).isEqualTo(LocalDate.of(year, 1, 1));
        assertThat(pdf.text()).contains("Januari " + year + " " + number(january.workshops(), id) + " "
                + number(january.members(), id) + " " + Formats.money(january.revenue()));
        pdf.assertNumbered("Halaman %d dari %d");
        pdf.assertGenerated("Dibuat", "Desember|Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September"
                + "|Oktober|November");
    }

    @Test
    @WithUserDetails("panrb")
    void theAnnualPortfolioSpeaksEnglishToo() {
        int year = Year.now(Formats.ZONE).getValue() - 1;
        Portfolio portfolio = dashboards.portfolio(Year.of(year));
        Pdf pdf = Pdf.read(reports.annualPortfolio(Year.of(year), Locale.ENGLISH));
        Locale en = Locale.ENGLISH;
        assertThat(pdf.text()).contains("Annual Portfolio", "Innovation replication portfolio " + year,
                "1 January " + year + " – 31 December " + year,
                "Replications begun in " + year + " " + number(portfolio.replications(), en),
                "Monitoring reports overdue " + number(portfolio.overdueReports(), en),
                "Implementing " + number(portfolio.funnel().get(ReplicationStatus.IMPLEMENTING), en),
                "Total " + number(portfolio.replications(), en), "Preparing (draft to approved)",
                "Monthly workshop reports " + year)
                .doesNotContain("Halaman", "Dibuat", "Jumlah");
        pdf.assertNumbered("Page %d of %d");
        pdf.assertGenerated("Generated", "December|January|February|March|April|May|June|July|August|September"
                + "|October|November");
    }

    @Test
    @WithUserDetails("admin")
    void the2018PortfolioShowsThatYearsAchievements() {
        Portfolio portfolio = dashboards.portfolio(Year.of(2018));
        Map<AwardLevel, Long> levels = portfolio.achievements().getFirst().byLevel();
        assertThat(levels.values()).as("the demo's 2018 awards").anySatisfy(count -> assertThat(count).isPositive());
        Pdf pdf = Pdf.read(reports.annualPortfolio(Year.of(2018), Locale.ENGLISH));
        assertThat(pdf.text()).contains("Competition achievements 2018", "Year Top 99 Top 45 Outstanding Winner 2018 "
                + levels.get(AwardLevel.TOP_99) + " " + levels.get(AwardLevel.TOP_45) + " "
                + levels.get(AwardLevel.OUTSTANDING) + " " + levels.get(AwardLevel.WINNER),
                "Replications begun in 2018 0", "No replication begun in 2018.");
    }

    @Test
    @WithUserDetails("direktur")
    void thePortfolioYearMustBeOneWithFigures() {
        int thisYear = Year.now(Formats.ZONE).getValue();
        assertThatThrownBy(() -> reports.annualPortfolio(Year.of(2013), Locale.ENGLISH))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("dashboard.validation.year"));
        assertThatThrownBy(() -> reports.annualPortfolio(Year.of(thisYear + 1), Locale.ENGLISH))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> reports.annualPortfolio(null, Locale.ENGLISH))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("report.portfolio.yearRequired"));
    }

    @Test
    @WithUserDetails("kartini")
    void anOperatorPrintsNoPortfolio() {
        assertThatThrownBy(() -> reports.annualPortfolio(Year.of(2025), Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPeriodEndsOnOrAfterItsStart() {
        assertThatThrownBy(() -> new ReportPeriod(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 31)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("report.period.invalid");
        assertThat(ReportPeriod.year(2026).isYear()).isTrue();
        assertThat(new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 30)).isYear()).isFalse();
        assertThat(ReportService.fileSafe("S-WYATA GUNA/2")).isEqualTo("s-wyata-guna-2");
    }

    /** A count as the reports print it: grouped the reader's way. */
    private static String number(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    private static String label(String key, String language) {
        return AppI18NProvider.translate(Locale.of(language), key);
    }

    /** A generated PDF read back: its text with runs of white space as single spaces, and the text per page. */
    record Pdf(String text, List<String> pages) {

        static Pdf read(ReportFile file) {
            assertThat(file.content()).startsWith("%PDF-".getBytes());
            try (PDDocument document = Loader.loadPDF(file.content())) {
                PDFTextStripper stripper = new PDFTextStripper();
                List<String> pages = new ArrayList<>();
                for (int page = 1; page <= document.getNumberOfPages(); page++) {
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    pages.add(normalise(stripper.getText(document)));
                }
                return new Pdf(String.join(" ", pages), pages);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String normalise(String text) {
            return text.replaceAll("\\s+", " ").trim();
        }

        /** Every page says which it is of how many, e.g. "Halaman 1 dari 2". */
        void assertNumbered(String pattern) {
            assertThat(pages).isNotEmpty();
            for (int page = 1; page <= pages.size(); page++) {
                assertThat(pages.get(page - 1)).contains(String.format(pattern, page, pages.size()));
            }
        }

        /** Every page says when the report was made, in WIB: "Dibuat 1 Desember 2026 10.15 WIB". */
        void assertGenerated(String word, String months) {
            Pattern generated = Pattern.compile(word + " (\\d{1,2}) (" + months + ") (\\d{4}) (\\d{2})\\.(\\d{2}) WIB");
            for (String page : pages) {
                Matcher matcher = generated.matcher(page);
                assertThat(matcher.find()).as("generation line on " + page).isTrue();
                assertThat(Integer.parseInt(matcher.group(3))).isEqualTo(Year.now(Formats.ZONE).getValue());
            }
        }
    }
}
