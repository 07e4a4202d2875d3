package id.go.kemensos.replika.replication;

import java.util.Set;

/**
 * Criteria of the replication grid; null or empty means "any". {@code year} is the year the replication began.
 * {@code reportDueOnly}: implementing replications whose quarterly monitoring report is due (overdue ones included).
 */
public record ReplicationFilter(String text, Set<ReplicationStatus> statuses, Long originUnitId, Long adoptingUnitId,
        String province, Long innovationId, Integer year, boolean overdueOnly, boolean reportDueOnly) {

    public ReplicationFilter(String text, Set<ReplicationStatus> statuses, Long originUnitId, Long adoptingUnitId,
            String province, Long innovationId, Integer year, boolean overdueOnly) {
        this(text, statuses, originUnitId, adoptingUnitId, province, innovationId, year, overdueOnly, false);
    }

    public static ReplicationFilter all() {
        return new ReplicationFilter(null, Set.of(), null, null, null, null, null, false, false);
    }

    public ReplicationFilter withStatuses(Set<ReplicationStatus> chosen) {
        return new ReplicationFilter(text, chosen, originUnitId, adoptingUnitId, province, innovationId, year,
                overdueOnly, reportDueOnly);
    }
}
