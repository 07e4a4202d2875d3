package id.go.kemensos.replika.report.ui;

import com.vaadin.flow.component.Component;
import id.go.kemensos.replika.replication.ReplicationDetails;
import id.go.kemensos.replika.replication.ReplicationPageSection;
import id.go.kemensos.replika.report.ReportService;

/** On a replication's page: its status report as a PDF, in the user's language. */
@org.springframework.stereotype.Component
class ReplicationReportSection implements ReplicationPageSection {

    private final ReportService reports;

    ReplicationReportSection(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public Component create(ReplicationDetails replication) {
        long id = replication.id();
        return new PdfDownload("report-replication", "report.replication.download",
                locale -> reports.replicationStatus(id, locale));
    }
}
