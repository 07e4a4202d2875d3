package id.go.kemensos.replika.report;

import id.go.kemensos.replika.base.i18n.AppI18NProvider;
import id.go.kemensos.replika.base.i18n.Formats;
import id.go.kemensos.replika.innovation.InnovationListItem;
import id.go.kemensos.replika.innovation.UnitAwardItem;
import id.go.kemensos.replika.replication.ReplicationStatus;
import id.go.kemensos.replika.replication.UnitReplicationItem;
import id.go.kemensos.replika.replication.UnitReplications;
import id.go.kemensos.replika.unit.UnitDetails;
import id.go.kemensos.replika.workshop.WorkshopPeriodFigures;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One unit over a period: its innovations and the awards they reached, the replications it adopted and those of
 * its innovations by others, with their statuses, and the figures of the workshops it coaches.
 */
final class UnitSummaryReport {

    /** What the summary shows, read through the feature services. */
    record Data(UnitDetails unit, ReportPeriod period, List<InnovationListItem> innovations, long innovationCount,
            List<UnitAwardItem> awards, UnitReplications replications, List<WorkshopPeriodFigures> workshops) {
    }

    private final Data data;
    private final PdfReport pdf;

    UnitSummaryReport(Data data, Locale locale, Instant generatedAt) {
        this.data = data;
        this.pdf = new PdfReport(AppI18NProvider.translate(locale, "report.unit.title"), locale, generatedAt);
    }

    byte[] render() {
        UnitDetails unit = data.unit();
        pdf.heading(unit.name(), unit.code() + " · " + data.period().label(pdf.locale()));
        profile();
        figures();
        innovations();
        awards();
        replications();
        workshops();
        return pdf.finish();
    }

    private void profile() {
        UnitDetails unit = data.unit();
        pdf.section(pdf.text("report.unit.section.profile"));
        pdf.facts()
                .add(pdf.text("unit.field.code"), unit.code())
                .add(pdf.text("unit.field.type"), pdf.text("unit.type." + unit.type().name()))
                .add(pdf.text("unit.field.parent"), unit.parent() == null ? null : unit.parent().name())
                .add(pdf.text("unit.field.city"), unit.city())
                .add(pdf.text("unit.field.province"), unit.province())
                .add(pdf.text("unit.field.headName"), unit.headName())
                .add(pdf.text("report.unit.period"), data.period().label(pdf.locale()))
                .end();
    }

    private void figures() {
        long revenue = data.workshops().stream().mapToLong(WorkshopPeriodFigures::revenue).sum();
        pdf.section(pdf.text("report.unit.section.figures"));
        pdf.facts()
                .add(pdf.text("report.unit.figure.innovations"), pdf.number(data.innovationCount()))
                .add(pdf.text("report.unit.figure.awards"), pdf.number(data.awards().size()))
                .add(pdf.text("report.unit.figure.adopted"), pdf.number(data.replications().adoptedTotal()))
                .add(pdf.text("report.unit.figure.originated"),
                        pdf.number(data.replications().originatedTotal()))
                .add(pdf.text("report.unit.figure.workshops"), pdf.number(data.workshops().size()))
                .add(pdf.text("report.unit.figure.revenue"), Formats.money(revenue))
                .end();
    }

    private void innovations() {
        pdf.section(pdf.text("report.unit.section.innovations"));
        PdfReport.Table table = pdf.table(new float[] {1.25f, 3.1f, 1.45f, 1.35f, 1.6f},
                pdf.text("innovation.field.code"), pdf.text("innovation.field.title"),
                pdf.text("innovation.field.stage"), pdf.text("innovation.field.sustainability"),
                pdf.text("innovation.field.bestAward"));
        for (InnovationListItem innovation : data.innovations()) {
            table.row(innovation.code(), innovation.title(),
                    pdf.text("innovation.stage." + innovation.stage().name()),
                    pdf.text("innovation.sustainability." + innovation.sustainability().name()),
                    innovation.bestAwardLevel() == null ? null
                            : pdf.text("award.level." + innovation.bestAwardLevel().name()) + " · "
                            + pdf.text("award.competition." + innovation.bestAwardCompetition().name()) + " "
                            + innovation.bestAwardYear());
        }
        table.end(pdf.text("report.unit.innovations.none"));
        shownOf(table.size(), data.innovationCount());
    }

    private void awards() {
        pdf.section(pdf.text("report.unit.section.awards"));
        PdfReport.Table table = pdf.table(new float[] {0.7f, 3.4f, 1f, 1.1f, 1.2f},
                pdf.text("award.field.year"), pdf.text("replication.field.innovation"),
                pdf.text("award.field.competition"), pdf.text("award.field.group"), pdf.text("award.field.level"));
        for (UnitAwardItem award : data.awards()) {
            table.row(String.valueOf(award.year()), award.innovationCode() + " – " + award.innovationTitle(),
                    pdf.text("award.competition." + award.competition().name()),
                    pdf.text("award.group." + award.group().name()), pdf.text("award.level." + award.level().name()));
        }
        table.end(pdf.text("report.unit.awards.none"));
    }

    private void replications() {
        UnitReplications replications = data.replications();
        pdf.section(pdf.text("report.unit.section.byStatus"));
        PdfReport.Table counts = pdf.table(new float[] {2f, 1.2f, 1.2f}, pdf.text("replication.field.status"),
                pdf.text("report.unit.adopted"), pdf.text("report.unit.originated")).alignRight(1, 2);
        for (ReplicationStatus status : ReplicationStatus.values()) {
            counts.row(pdf.text("replication.status." + status.name()),
                    pdf.number(replications.adoptedByStatus().getOrDefault(status, 0L)),
                    pdf.number(replications.originatedByStatus().getOrDefault(status, 0L)));
        }
        counts.totalRow(pdf.text("report.common.total"), pdf.number(replications.adoptedTotal()),
                pdf.number(replications.originatedTotal())).end(pdf.text("report.common.none"));
        pdf.note(pdf.text("report.unit.replications.scope"));

        pdf.section(pdf.text("report.unit.section.adopted"));
        replicationTable(replications.adopted(), true, replications.adoptedTotal());
        pdf.section(pdf.text("report.unit.section.originated"));
        replicationTable(replications.originated(), false, replications.originatedTotal());
    }

    private void replicationTable(List<UnitReplicationItem> items, boolean adopted, long total) {
        PdfReport.Table table = pdf.table(new float[] {3f, 2f, 1.3f, 0.9f, 1.3f},
                pdf.text("replication.field.innovation"),
                pdf.text(adopted ? "replication.field.origin" : "replication.field.adopting"),
                pdf.text("replication.field.status"), pdf.text("replication.field.progress"),
                pdf.text("report.unit.since")).alignRight(3);
        for (UnitReplicationItem item : items) {
            table.row(item.innovationCode() + " – " + item.innovationTitle(),
                    adopted ? item.originUnitName() : item.adoptingUnitName(),
                    pdf.text("replication.status." + item.status().name()), item.progressPercent() + "%",
                    pdf.dateTime(item.createdAt()));
        }
        table.end(pdf.text("report.unit.replications.none"));
        shownOf(table.size(), total);
    }

    private void workshops() {
        pdf.section(pdf.text("report.unit.section.workshops"));
        PdfReport.Table table = pdf.table(new float[] {2.2f, 1.5f, 0.75f, 0.85f, 0.9f, 1.6f, 1.3f},
                pdf.text("report.unit.workshop"), pdf.text("workshop.field.status"),
                pdf.text("report.unit.workshop.months"), pdf.text("report.unit.workshop.members"),
                pdf.text("report.unit.workshop.produced"), pdf.text("report.unit.workshop.revenue"),
                pdf.text("report.unit.workshop.income")).alignRight(2, 3, 4, 5, 6);
        long months = 0;
        long members = 0;
        long produced = 0;
        long revenue = 0;
        for (WorkshopPeriodFigures workshop : data.workshops()) {
            table.row(workshop.name() + "\n" + workshop.regency(),
                    pdf.text("workshop.status." + workshop.status().name()),
                    pdf.number(workshop.monthsReported()),
                    workshop.latestMembers() == null ? null : pdf.number(workshop.latestMembers()),
                    pdf.number(workshop.unitsProduced()), Formats.money(workshop.revenue()),
                    workshop.averageIncome() == null ? null : Formats.money(Math.round(workshop.averageIncome())));
            months += workshop.monthsReported();
            members += workshop.latestMembers() == null ? 0 : workshop.latestMembers();
            produced += workshop.unitsProduced();
            revenue += workshop.revenue();
        }
        if (table.size() > 0) {
            table.totalRow(pdf.text("report.common.total"), null, pdf.number(months), pdf.number(members),
                    pdf.number(produced), Formats.money(revenue), null);
        }
        table.end(pdf.text("report.unit.workshops.none"));
        if (table.size() > 0) {
            pdf.note(pdf.text("report.unit.workshops.note"));
        }
    }

    private void shownOf(int shown, long total) {
        if (shown < total) {
            pdf.note(pdf.text("report.common.truncated", shown, total));
        }
    }
}
