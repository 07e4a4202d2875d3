package id.go.kemensos.replika.replication;

import id.go.kemensos.replika.base.AbstractEntity;
import id.go.kemensos.replika.base.Unaudited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One status change; append-only: immutable here, and its repository can only save and read. */
@Entity
@Table(name = "replication_transition")
@Immutable
@Unaudited("ReplicationService records each transition as TRANSITION of the replication")
class ReplicationTransition extends AbstractEntity {

    @Column(name = "replication_id", nullable = false, updatable = false)
    private long replicationId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "from_status", length = 20, updatable = false)
    private ReplicationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "to_status", nullable = false, length = 20, updatable = false)
    private ReplicationStatus toStatus;

    @Column(name = "actor_name", nullable = false, length = 150, updatable = false)
    private String actorName;

    @Column(length = ReplicationService.REASON_MAX, updatable = false)
    private String reason;

    ReplicationTransition() {
    }

    ReplicationTransition(long replicationId, ReplicationStatus fromStatus, ReplicationStatus toStatus,
            String actorName, String reason) {
        this.replicationId = replicationId;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.actorName = actorName;
        this.reason = reason;
    }

    ReplicationStatus getFromStatus() {
        return fromStatus;
    }

    ReplicationStatus getToStatus() {
        return toStatus;
    }

    String getActorName() {
        return actorName;
    }

    String getReason() {
        return reason;
    }
}
