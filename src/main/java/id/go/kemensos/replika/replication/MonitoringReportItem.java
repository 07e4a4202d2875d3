package id.go.kemensos.replika.replication;

import java.time.Instant;

/** A monitoring report as the replication's page lists it. */
public record MonitoringReportItem(long id, int year, int quarter, int peopleServed, String outputs, String issues,
        int progressPercent, String submittedBy, Instant submittedAt) {
}
