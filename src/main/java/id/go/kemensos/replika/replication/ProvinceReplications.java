package id.go.kemensos.replika.replication;

import java.util.Map;

/** How many replications the adopting units of one province hold in each status; the province may be unknown. */
public record ProvinceReplications(String province, Map<ReplicationStatus, Long> byStatus) {

    public long total() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }
}
