package id.go.kemensos.replika.replication;

import java.time.Instant;
import java.util.List;

/** A {@link ReplicationFilter} resolved for SQL: patterns, time bounds and the user's row-level scope. */
record GridCriteria(Long scopeUnitId, String text, boolean anyStatus, List<ReplicationStatus> statuses,
        Long originUnitId, Long adoptingUnitId, String province, Long innovationId, Instant yearStart,
        Instant yearEnd, boolean overdueOnly, Instant overdueBefore, boolean reportDueOnly,
        Instant reportDueBefore) {

    public ReplicationStatus implementing() {
        return ReplicationStatus.IMPLEMENTING;
    }
}
