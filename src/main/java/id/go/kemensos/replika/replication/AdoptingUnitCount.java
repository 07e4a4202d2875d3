package id.go.kemensos.replika.replication;

import java.util.Map;

/** How many replications one adopting unit holds in each status. */
public record AdoptingUnitCount(long unitId, String unitName, String province, Map<ReplicationStatus, Long> byStatus) {

    public long total() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }
}
