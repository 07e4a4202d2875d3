package id.go.kemensos.replika.replication;

import java.util.List;
import java.util.Map;

/**
 * The replications a unit adopted and those of its own innovations that others adopted, open at some time in a
 * period: the first rows of each list and, counted in SQL, how many there are in each status.
 */
public record UnitReplications(List<UnitReplicationItem> adopted, List<UnitReplicationItem> originated,
        Map<ReplicationStatus, Long> adoptedByStatus, Map<ReplicationStatus, Long> originatedByStatus) {

    public long adoptedTotal() {
        return adoptedByStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    public long originatedTotal() {
        return originatedByStatus.values().stream().mapToLong(Long::longValue).sum();
    }
}
