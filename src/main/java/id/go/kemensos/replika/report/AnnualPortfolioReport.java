package id.go.kemensos.replika.report;

import id.go.kemensos.replika.base.i18n.AppI18NProvider;
import id.go.kemensos.replika.base.i18n.Formats;
import id.go.kemensos.replika.dashboard.DashboardService;
import id.go.kemensos.replika.dashboard.Phase;
import id.go.kemensos.replika.dashboard.Portfolio;
import id.go.kemensos.replika.dashboard.WorkshopTotals;
import id.go.kemensos.replika.innovation.AwardLevel;
import id.go.kemensos.replika.innovation.AwardedInnovations;
import id.go.kemensos.replika.innovation.Stage;
import id.go.kemensos.replika.innovation.Sustainability;
import id.go.kemensos.replika.replication.AdoptingUnitCount;
import id.go.kemensos.replika.replication.ProvinceReplications;
import id.go.kemensos.replika.replication.ReplicationListItem;
import id.go.kemensos.replika.replication.ReplicationStatus;
import id.go.kemensos.replika.workshop.MonthTotal;
import id.go.kemensos.replika.workshop.WorkshopStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The directors' dashboard for one calendar year, in tables: the headline figures, replications by status, by
 * adopting unit (and the units with none) and by province, overdue monitoring reports, innovations by stage and
 * sustainability, that year's competition achievements and the workshops' months.
 */
final class AnnualPortfolioReport {

    /** The award levels of the dashboard's achievements chart. */
    private static final List<AwardLevel> ACHIEVEMENTS = List.of(AwardLevel.TOP_99, AwardLevel.TOP_45,
            AwardLevel.OUTSTANDING, AwardLevel.WINNER);

    /**
     * What the portfolio shows.
     *
     * @param overdue the replications counted in {@link Portfolio#overdueReports()}, at most
     *                {@link ReportService#ROWS_MAX}
     */
    record Data(Portfolio portfolio, List<ReplicationListItem> overdue) {
    }

    private final Data data;
    private final int year;
    private final PdfReport pdf;

    AnnualPortfolioReport(Data data, Locale locale, Instant generatedAt) {
        this.data = data;
        this.year = data.portfolio().year().getValue();
        this.pdf = new PdfReport(AppI18NProvider.translate(locale, "report.portfolio.title"), locale, generatedAt);
    }

    byte[] render() {
        pdf.heading(pdf.text("report.portfolio.heading", String.valueOf(year)),
                ReportPeriod.year(year).label(pdf.locale()));
        pdf.note(pdf.text("report.portfolio.scope", String.valueOf(year)));
        headline();
        funnel();
        units();
        provinces();
        overdue();
        innovations();
        achievements();
        workshops();
        return pdf.finish();
    }

    private void headline() {
        Portfolio portfolio = data.portfolio();
        WorkshopTotals workshops = portfolio.workshops();
        MonthTotal latest = workshops.latestReported();
        String y = String.valueOf(year);
        pdf.section(pdf.text("report.portfolio.section.headline"));
        pdf.facts()
                .add(pdf.text("report.portfolio.figure.replications", y), pdf.number(portfolio.replications()))
                .add(pdf.text("report.portfolio.figure.overdue"), pdf.number(portfolio.overdueReports()))
                .add(pdf.text("report.portfolio.figure.idle", y), pdf.number(portfolio.idleUnits().size()))
                .add(pdf.text("report.portfolio.figure.innovations", y), pdf.number(portfolio.innovationCount()))
                .add(pdf.text("report.portfolio.figure.workshops"), pdf.number(workshops.workshops()))
                .add(latest == null ? pdf.text("report.portfolio.figure.membersNone")
                                : pdf.text("report.portfolio.figure.members", Formats.monthYear(latest.month(),
                                        pdf.locale())), latest == null ? null : pdf.number(latest.members()))
                .add(pdf.text("report.portfolio.figure.revenue", y), Formats.money(workshops.revenue()))
                .end();
    }

    private void funnel() {
        Map<ReplicationStatus, Long> funnel = data.portfolio().funnel();
        pdf.section(pdf.text("report.portfolio.section.funnel"));
        PdfReport.Table table = pdf.table(new float[] {3f, 1f}, pdf.text("replication.field.status"),
                pdf.text("report.portfolio.replications")).alignRight(1);
        for (ReplicationStatus status : ReplicationStatus.values()) {
            table.row(pdf.text("replication.status." + status.name()), pdf.number(funnel.getOrDefault(status, 0L)));
        }
        table.totalRow(pdf.text("report.common.total"), pdf.number(data.portfolio().replications()))
                .end(pdf.text("report.common.none"));
    }

    private void units() {
        Portfolio portfolio = data.portfolio();
        pdf.section(pdf.text("report.portfolio.section.units"));
        if (portfolio.topAdoptingUnits().size() == DashboardService.TOP_UNITS) {
            pdf.note(pdf.text("report.portfolio.units.note", DashboardService.TOP_UNITS));
        }
        PdfReport.Table top = phaseTable(pdf.text("report.portfolio.unit"), pdf.text("unit.field.province"));
        for (AdoptingUnitCount unit : portfolio.topAdoptingUnits()) {
            phaseRow(top, Arrays.asList(unit.unitName(), unit.province()), unit.byStatus());
        }
        top.end(pdf.text("report.portfolio.units.none", String.valueOf(year)));

        pdf.section(pdf.text("report.portfolio.section.idle", String.valueOf(year)));
        PdfReport.Table idle = pdf.table(new float[] {3f, 2f}, pdf.text("report.portfolio.unit"),
                pdf.text("unit.field.province"));
        for (AdoptingUnitCount unit : portfolio.idleUnits()) {
            idle.row(unit.unitName(), unit.province());
        }
        idle.end(pdf.text("report.portfolio.idle.none"));
    }

    private void provinces() {
        pdf.section(pdf.text("report.portfolio.section.provinces"));
        List<ProvinceReplications> provinces = data.portfolio().byProvince();
        PdfReport.Table table = phaseTable(pdf.text("unit.field.province"), null);
        for (ProvinceReplications province : provinces) {
            phaseRow(table, List.of(province.province() == null ? pdf.text("dashboard.provinces.unknown")
                    : province.province()), province.byStatus());
        }
        if (table.size() > 0) {
            // every replication counts in its adopting unit's province (or the unknown one): the funnel's totals
            Map<ReplicationStatus, Long> all = data.portfolio().funnel();
            List<String> totals = new ArrayList<>(List.of(pdf.text("report.common.total")));
            Phase.all().forEach(phase -> totals.add(pdf.number(phase.count(all))));
            totals.add(pdf.number(data.portfolio().replications()));
            table.totalRow(totals.toArray(String[]::new));
        }
        table.end(pdf.text("report.portfolio.units.none", String.valueOf(year)));
    }

    /** Name (and a second text column when {@code second} is given), one column per phase, and the total. */
    private PdfReport.Table phaseTable(String first, String second) {
        List<String> headers = new ArrayList<>(List.of(first));
        List<Float> widths = new ArrayList<>(List.of(second == null ? 3.35f : 2.1f));
        if (second != null) {
            headers.add(second);
            widths.add(1.25f);
        }
        Phase.all().forEach(phase -> {
            headers.add(pdf.text("dashboard.phase." + phase.name()));
            widths.add(1.25f); // room for "Dilembagakan" and "Institutionalised" unbroken
        });
        headers.add(pdf.text("report.common.total"));
        widths.add(0.75f);
        return pdf.table(floats(widths), headers.toArray(String[]::new))
                .alignRight(IntStream.range(second == null ? 1 : 2, headers.size()).toArray());
    }

    /** The leading text cells (null shows as a dash), then the counts per phase and the total. */
    private void phaseRow(PdfReport.Table table, List<String> labels, Map<ReplicationStatus, Long> counts) {
        List<String> cells = new ArrayList<>(labels);
        Phase.all().forEach(phase -> cells.add(pdf.number(phase.count(counts))));
        cells.add(pdf.number(counts.values().stream().mapToLong(Long::longValue).sum()));
        table.row(cells.toArray(String[]::new));
    }

    private static float[] floats(List<Float> values) {
        float[] result = new float[values.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = values.get(i);
        }
        return result;
    }

    private void overdue() {
        pdf.section(pdf.text("report.portfolio.section.overdue"));
        pdf.note(pdf.text("report.portfolio.overdue.note", pdf.number(data.portfolio().overdueReports())));
        PdfReport.Table table = pdf.table(new float[] {3f, 2.2f, 1.3f, 1.3f},
                pdf.text("replication.field.innovation"), pdf.text("replication.field.adopting"),
                pdf.text("report.portfolio.overdue.since"), pdf.text("report.portfolio.overdue.lastReport"));
        for (ReplicationListItem item : data.overdue()) {
            table.row(item.innovationTitle(), item.adoptingUnitName()
                            + (item.province() == null ? "" : "\n" + item.province()),
                    pdf.dateTime(item.statusSince()), item.lastReportAt() == null
                            ? pdf.text("report.portfolio.overdue.noReport") : pdf.dateTime(item.lastReportAt()));
        }
        table.end(pdf.text("report.portfolio.overdue.none"));
        if (table.size() < data.portfolio().overdueReports()) {
            pdf.note(pdf.text("report.common.truncated", table.size(), data.portfolio().overdueReports()));
        }
    }

    private void innovations() {
        Map<Stage, Map<Sustainability, Long>> counts = data.portfolio().innovations();
        pdf.section(pdf.text("report.portfolio.section.innovations", String.valueOf(year)));
        List<String> headers = new ArrayList<>(List.of(pdf.text("innovation.field.stage")));
        for (Sustainability kind : Sustainability.values()) {
            headers.add(pdf.text("innovation.sustainability." + kind.name()));
        }
        headers.add(pdf.text("report.common.total"));
        List<Float> widths = new ArrayList<>(List.of(2.2f));
        headers.stream().skip(1).forEach(header -> widths.add(1f));
        PdfReport.Table table = pdf.table(floats(widths), headers.toArray(String[]::new))
                .alignRight(IntStream.range(1, headers.size()).toArray());
        for (Stage stage : Stage.values()) {
            Map<Sustainability, Long> row = counts.getOrDefault(stage, Map.of());
            List<String> cells = new ArrayList<>(List.of(pdf.text("innovation.stage." + stage.name())));
            for (Sustainability kind : Sustainability.values()) {
                cells.add(pdf.number(row.getOrDefault(kind, 0L)));
            }
            cells.add(pdf.number(row.values().stream().mapToLong(Long::longValue).sum()));
            table.row(cells.toArray(String[]::new));
        }
        List<String> totals = new ArrayList<>(List.of(pdf.text("report.common.total")));
        for (Sustainability kind : Sustainability.values()) {
            totals.add(pdf.number(counts.values().stream().mapToLong(row -> row.getOrDefault(kind, 0L)).sum()));
        }
        totals.add(pdf.number(data.portfolio().innovationCount()));
        table.totalRow(totals.toArray(String[]::new)).end(pdf.text("report.common.none"));
    }

    private void achievements() {
        pdf.section(pdf.text("report.portfolio.section.awards", String.valueOf(year)));
        List<String> headers = new ArrayList<>(List.of(pdf.text("award.field.year")));
        ACHIEVEMENTS.forEach(level -> headers.add(pdf.text("award.level." + level.name())));
        PdfReport.Table table = pdf.table(floats(headers.stream().map(header -> 1f).toList()),
                headers.toArray(String[]::new)).alignRight(IntStream.range(1, headers.size()).toArray());
        for (AwardedInnovations awarded : data.portfolio().achievements()) {
            List<String> cells = new ArrayList<>(List.of(String.valueOf(awarded.year())));
            ACHIEVEMENTS.forEach(level -> cells.add(pdf.number(awarded.byLevel().getOrDefault(level, 0L))));
            table.row(cells.toArray(String[]::new));
        }
        table.end(pdf.text("report.common.none"));
        pdf.note(pdf.text("report.portfolio.awards.note"));
    }

    private void workshops() {
        WorkshopTotals workshops = data.portfolio().workshops();
        pdf.section(pdf.text("report.portfolio.section.workshopStatus"));
        PdfReport.Table statuses = pdf.table(new float[] {3f, 1f}, pdf.text("workshop.field.status"),
                pdf.text("report.portfolio.workshops")).alignRight(1);
        for (WorkshopStatus status : WorkshopStatus.values()) {
            statuses.row(pdf.text("workshop.status." + status.name()),
                    pdf.number(workshops.byStatus().getOrDefault(status, 0L)));
        }
        statuses.totalRow(pdf.text("report.common.total"), pdf.number(workshops.workshops()))
                .end(pdf.text("report.common.none"));
        pdf.note(pdf.text("report.portfolio.workshopStatus.note"));

        pdf.section(pdf.text("report.portfolio.section.months", String.valueOf(year)));
        PdfReport.Table months = pdf.table(new float[] {1.6f, 1.2f, 1.2f, 1.8f},
                pdf.text("report.portfolio.month"), pdf.text("report.portfolio.month.reporting"),
                pdf.text("report.portfolio.month.members"), pdf.text("report.portfolio.month.revenue"))
                .alignRight(1, 2, 3);
        for (MonthTotal month : workshops.months()) {
            months.row(Formats.monthYear(month.month(), pdf.locale()), pdf.number(month.workshops()),
                    pdf.number(month.members()), Formats.money(month.revenue()));
        }
        if (months.size() > 0) {
            months.totalRow(pdf.text("report.common.total"), null, null, Formats.money(workshops.revenue()));
        }
        months.end(pdf.text("report.portfolio.months.none"));
        if (months.size() > 0) {
            pdf.note(pdf.text("report.portfolio.months.note"));
        }
    }
}
