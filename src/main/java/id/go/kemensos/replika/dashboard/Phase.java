package id.go.kemensos.replika.dashboard.ui;

import id.go.kemensos.replika.replication.ReplicationStatus;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The replication statuses in four phases, so a stacked bar stays readable; a link names the statuses. */
enum Phase {
    PREPARING(EnumSet.of(ReplicationStatus.DRAFT, ReplicationStatus.SUBMITTED, ReplicationStatus.APPROVED)),
    RUNNING(EnumSet.of(ReplicationStatus.IMPLEMENTING, ReplicationStatus.EVALUATED)),
    INSTITUTIONALISED(EnumSet.of(ReplicationStatus.INSTITUTIONALISED)),
    DISCONTINUED(EnumSet.of(ReplicationStatus.DISCONTINUED));

    private final Set<ReplicationStatus> statuses;

    Phase(Set<ReplicationStatus> statuses) {
        this.statuses = statuses;
    }

    long count(Map<ReplicationStatus, Long> byStatus) {
        return statuses.stream().mapToLong(status -> byStatus.getOrDefault(status, 0L)).sum();
    }

    /** The statuses as the replication grid reads them from its URL: {@code DRAFT,SUBMITTED,APPROVED}. */
    String statusParameter() {
        return statuses.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    String cssClass() {
        return "chart-phase-" + name().toLowerCase();
    }

    static List<Phase> all() {
        return Arrays.asList(values());
    }
}
