package id.go.kemensos.replika.dashboard;

import id.go.kemensos.replika.replication.ReplicationStatus;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The replication statuses in four phases, so that a stacked bar or a table per unit stays readable (the dashboard
 * and the annual portfolio group them alike).
 */
public enum Phase {
    PREPARING(EnumSet.of(ReplicationStatus.DRAFT, ReplicationStatus.SUBMITTED, ReplicationStatus.APPROVED)),
    RUNNING(EnumSet.of(ReplicationStatus.IMPLEMENTING, ReplicationStatus.EVALUATED)),
    INSTITUTIONALISED(EnumSet.of(ReplicationStatus.INSTITUTIONALISED)),
    DISCONTINUED(EnumSet.of(ReplicationStatus.DISCONTINUED));

    private final Set<ReplicationStatus> statuses;

    Phase(Set<ReplicationStatus> statuses) {
        this.statuses = statuses;
    }

    public Set<ReplicationStatus> statuses() {
        return EnumSet.copyOf(statuses);
    }

    /** The phase's replications among counts per status. */
    public long count(Map<ReplicationStatus, Long> byStatus) {
        return statuses.stream().mapToLong(status -> byStatus.getOrDefault(status, 0L)).sum();
    }

    public static List<Phase> all() {
        return Arrays.asList(values());
    }
}
