package id.go.kemensos.replika.replication;

import java.time.Instant;
import java.util.List;

/**
 * A {@link ReplicationFilter} resolved for SQL: patterns, time bounds and the user's row-level scope. {@code year}
 * is the year the replications were begun in (WIB), the same bounds as {@code yearStart}/{@code yearEnd}.
 */
record GridCriteria(Long scopeUnitId, String text, boolean anyStatus, List<ReplicationStatus> statuses,
        Long originUnitId, Long adoptingUnitId, String province, Long innovationId, Integer year, Instant yearStart,
        Instant yearEnd, boolean overdueOnly, Instant overdueBefore, boolean reportDueOnly,
        Instant reportDueBefore) {

    /** Whether the per-unit tallies answer counts under these criteria: only statuses, unit, province and year. */
    boolean countableFromTallies() {
        return scopeUnitId == null && text == null && originUnitId == null && innovationId == null && !overdueOnly
                && !reportDueOnly;
    }
}
