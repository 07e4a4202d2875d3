package id.go.kemensos.replika.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.Length;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A read-only mapping of {@code audit_entry} for the queries; {@link AuditTrail} alone writes the table. */
@Entity
@Table(name = "audit_entry")
@Immutable
class AuditEntry {

    @Id
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(name = "user_role", length = 20)
    private String userRole;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "record_type", length = 60)
    private String recordType;

    @Column(name = "record_id")
    private Long recordId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private AuditAction action;

    @Column(length = Length.LONG32)
    private String details;

    @Column(name = "client_address", length = 64)
    private String clientAddress;

    @Column(name = "prev_hash", nullable = false, length = 64, columnDefinition = "char(64)")
    private String prevHash;

    @Column(nullable = false, length = 64, columnDefinition = "char(64)")
    private String hash;

    protected AuditEntry() {
    }

    Long getId() {
        return id;
    }
}
