package id.go.kemensos.replika.replication;

import java.time.Instant;

/** One row of the directors' status grid, read in the same query as the page. */
public record ReplicationListItem(long id, String innovationTitle, String originUnitName, String adoptingUnitName,
        String province, ReplicationStatus status, int progressPercent, Instant lastReportAt, boolean overdue,
        Instant statusSince, Instant modifiedAt) {
}
