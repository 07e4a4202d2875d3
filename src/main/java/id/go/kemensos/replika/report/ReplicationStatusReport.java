package id.go.kemensos.replika.report;

import id.go.kemensos.replika.base.i18n.AppI18NProvider;
import id.go.kemensos.replika.document.DocumentInfo;
import id.go.kemensos.replika.document.DocumentType;
import id.go.kemensos.replika.replication.EvaluationItem;
import id.go.kemensos.replika.replication.MonitoringReportItem;
import id.go.kemensos.replika.replication.ReplicationDetails;
import id.go.kemensos.replika.replication.ReplicationStatus;
import id.go.kemensos.replika.replication.TransitionItem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One replication on paper: who replicates what from whom and when, where it stands and how it got there, the
 * evidence each step asks for, the latest monitoring figures and the evaluation.
 */
final class ReplicationStatusReport {

    private final ReplicationDetails replication;
    private final PdfReport pdf;

    ReplicationStatusReport(ReplicationDetails replication, Locale locale, Instant generatedAt) {
        this.replication = replication;
        this.pdf = new PdfReport(AppI18NProvider.translate(locale, "report.replication.title"), locale, generatedAt);
    }

    byte[] render() {
        pdf.heading(replication.innovationTitle(), replication.innovationCode() + " · "
                + pdf.text("report.replication.subtitle", replication.adoptingUnitName(),
                        replication.originUnitName()));
        summary();
        timeline();
        evidence();
        monitoring();
        evaluation();
        return pdf.finish();
    }

    private void summary() {
        pdf.section(pdf.text("report.replication.section.summary"));
        MonitoringReportItem latest = replication.reports().isEmpty() ? null : replication.reports().getFirst();
        pdf.facts()
                .add(pdf.text("replication.field.innovation"),
                        replication.innovationCode() + " – " + replication.innovationTitle())
                .add(pdf.text("replication.field.origin"), replication.originUnitName())
                .add(pdf.text("replication.field.adopting"), replication.adoptingUnitName())
                .add(pdf.text("report.replication.planned"),
                        range(replication.plannedStart(), replication.plannedEnd()))
                .add(pdf.text("report.replication.actual"), range(replication.actualStart(), replication.actualEnd()))
                .add(pdf.text("report.replication.status"), pdf.text("report.replication.statusSince",
                        status(replication.status()), pdf.dateTime(replication.statusSince())))
                .add(pdf.text("replication.field.progress"), replication.progressPercent() + "%")
                .add(pdf.text("replication.field.lastReport"), latest == null ? null
                        : period(latest) + (replication.overdue()
                        ? " · " + pdf.text("report.replication.overdue") : ""))
                .add(pdf.text("replication.field.adaptations"), replication.adaptations())
                .add(pdf.text("replication.field.facilitatorNote"), replication.facilitatorNote())
                .end();
    }

    private void timeline() {
        pdf.section(pdf.text("replication.section.timeline"));
        PdfReport.Table table = pdf.table(new float[] {1.3f, 1.9f, 1.6f, 2.6f},
                pdf.text("report.replication.when"), pdf.text("report.replication.change"),
                pdf.text("report.replication.by"), pdf.text("report.replication.reason"));
        for (TransitionItem entry : replication.transitions()) {
            String change = entry.from() == null ? pdf.text("report.replication.created", status(entry.to()))
                    : status(entry.from()) + " → " + status(entry.to());
            table.row(pdf.dateTime(entry.at()), change, entry.actorName(), entry.reason());
        }
        table.end(pdf.text("report.common.none"));
    }

    /** The evidence the workflow asks for at each step, present or missing, then every document attached. */
    private void evidence() {
        pdf.section(pdf.text("report.replication.section.evidence"));
        int reports = replication.reports().size();
        pdf.table(new float[] {1.4f, 2.4f, 1.2f}, pdf.text("report.replication.step"),
                        pdf.text("report.replication.evidence"), pdf.text("report.replication.state"))
                .row(pdf.text("report.replication.step.submit"),
                        pdf.text(DocumentType.INTEREST_LETTER.messageKey()), presence(has(DocumentType.INTEREST_LETTER)))
                .row(pdf.text("report.replication.step.start"), pdf.text(DocumentType.AGREEMENT.messageKey()),
                        presence(has(DocumentType.AGREEMENT)))
                .row(pdf.text("report.replication.step.evaluate"), pdf.text("report.replication.evidence.report"),
                        reports == 0 ? presence(false) : pdf.text("report.replication.reports", reports))
                .end(pdf.text("report.common.none"));

        PdfReport.Table documents = pdf.table(new float[] {1.5f, 2.6f, 1.5f, 1.3f},
                pdf.text("report.replication.document.type"), pdf.text("report.replication.document.file"),
                pdf.text("report.replication.document.by"), pdf.text("report.replication.document.at"));
        for (DocumentInfo document : replication.documents()) {
            documents.row(pdf.text(document.type().messageKey()), document.fileName(), document.uploadedBy(),
                    pdf.dateTime(document.uploadedAt()));
        }
        documents.end(pdf.text("report.replication.document.none"));
    }

    private void monitoring() {
        pdf.section(pdf.text("report.replication.section.monitoring"));
        if (replication.reports().isEmpty()) {
            pdf.note(pdf.text("replication.report.none"));
            return;
        }
        MonitoringReportItem latest = replication.reports().getFirst();
        pdf.facts()
                .add(pdf.text("report.replication.period"), period(latest))
                .add(pdf.text("replication.report.people"), pdf.number(latest.peopleServed()))
                .add(pdf.text("replication.field.progress"), latest.progressPercent() + "%")
                .add(pdf.text("replication.report.outputs"), latest.outputs())
                .add(pdf.text("replication.report.issues"), latest.issues())
                .add(pdf.text("replication.report.submitted"),
                        latest.submittedBy() + ", " + pdf.dateTime(latest.submittedAt()))
                .end();
        PdfReport.Table all = pdf.table(new float[] {1.4f, 1.4f, 1f, 2.2f}, pdf.text("report.replication.period"),
                        pdf.text("replication.report.people"), pdf.text("replication.field.progress"),
                        pdf.text("replication.report.submitted"))
                .alignRight(1, 2);
        for (MonitoringReportItem report : replication.reports()) {
            all.row(period(report), pdf.number(report.peopleServed()), report.progressPercent() + "%",
                    report.submittedBy() + ", " + pdf.dateTime(report.submittedAt()));
        }
        all.end(pdf.text("replication.report.none"));
    }

    private void evaluation() {
        pdf.section(pdf.text("replication.section.evaluation"));
        EvaluationItem evaluation = replication.evaluation();
        if (evaluation == null) {
            pdf.note(pdf.text("replication.evaluation.none"));
            return;
        }
        pdf.table(new float[] {3f, 1f}, pdf.text("report.replication.criterion"), pdf.text("report.replication.score"))
                .alignRight(1)
                .row(pdf.text("replication.evaluation.novel"), evaluation.novel() + " / 5")
                .row(pdf.text("replication.evaluation.effective"), evaluation.effective() + " / 5")
                .row(pdf.text("replication.evaluation.beneficial"), evaluation.beneficial() + " / 5")
                .row(pdf.text("replication.evaluation.spreadable"), evaluation.spreadable() + " / 5")
                .row(pdf.text("replication.evaluation.sustainable"), evaluation.sustainable() + " / 5")
                .totalRow(pdf.text("replication.evaluation.total"), evaluation.total() + " / 25")
                .end(pdf.text("report.common.none"));
        pdf.facts()
                .add(pdf.text("replication.evaluation.recommendation"), evaluation.recommendation())
                .add(pdf.text("report.replication.evaluator"), pdf.text("replication.evaluation.by",
                        evaluation.evaluatorName(), pdf.date(evaluation.evaluatedOn())))
                .end();
    }

    private boolean has(DocumentType type) {
        return replication.documents().stream().anyMatch(document -> document.type() == type);
    }

    private String presence(boolean present) {
        return pdf.text(present ? "report.replication.present" : "report.replication.missing");
    }

    private String status(ReplicationStatus status) {
        return pdf.text("replication.status." + status.name());
    }

    private String period(MonitoringReportItem report) {
        return pdf.text("replication.report.period", report.quarter(), String.valueOf(report.year()));
    }

    private String range(LocalDate start, LocalDate end) {
        if (start == null && end == null) {
            return null;
        }
        return (start == null ? "…" : pdf.date(start)) + " – " + (end == null ? "…" : pdf.date(end));
    }
}
