package id.go.kemensos.replika.replication;

import id.go.kemensos.replika.security.Role;
import java.util.Set;

/**
 * The steps of the workflow: from which status, to which status, and which role takes them. {@code from} null means
 * any status that is not final. What each step requires (documents, reasons, reports) is checked by the service.
 */
public enum ReplicationAction {
    SUBMIT(ReplicationStatus.DRAFT, ReplicationStatus.SUBMITTED, Set.of(Role.UPT_OPERATOR), true),
    RETURN(ReplicationStatus.SUBMITTED, ReplicationStatus.DRAFT, Set.of(Role.DIRECTOR), false),
    APPROVE(ReplicationStatus.SUBMITTED, ReplicationStatus.APPROVED, Set.of(Role.DIRECTOR), false),
    START(ReplicationStatus.APPROVED, ReplicationStatus.IMPLEMENTING, Set.of(Role.UPT_OPERATOR), true),
    EVALUATE(ReplicationStatus.IMPLEMENTING, ReplicationStatus.EVALUATED, Set.of(Role.DIRECTOR, Role.PANRB), false),
    INSTITUTIONALISE(ReplicationStatus.EVALUATED, ReplicationStatus.INSTITUTIONALISED, Set.of(Role.DIRECTOR), false),
    DISCONTINUE(null, ReplicationStatus.DISCONTINUED, Set.of(Role.DIRECTOR), false);

    private final ReplicationStatus from;
    private final ReplicationStatus to;
    private final Set<Role> roles;
    private final boolean adoptingUnitOnly;

    ReplicationAction(ReplicationStatus from, ReplicationStatus to, Set<Role> roles, boolean adoptingUnitOnly) {
        this.from = from;
        this.to = to;
        this.roles = roles;
        this.adoptingUnitOnly = adoptingUnitOnly;
    }

    public ReplicationStatus to() {
        return to;
    }

    /** Whether the step may be taken from {@code status}. */
    public boolean validFrom(ReplicationStatus status) {
        return from == null ? !status.isFinal() : from == status;
    }

    /** Whether a user of {@code role} (in {@code unitId}) may take the step on a replication adopted by {@code adoptingUnitId}. */
    public boolean allowedFor(Role role, Long unitId, long adoptingUnitId) {
        return roles.contains(role) && (!adoptingUnitOnly || unitId != null && unitId == adoptingUnitId);
    }

    /** Returns to draft and discontinuation need a reason. */
    public boolean needsReason() {
        return this == RETURN || this == DISCONTINUE;
    }
}
