package id.go.kemensos.replika.notification;

import id.go.kemensos.replika.base.AbstractEntity;
import id.go.kemensos.replika.base.Unaudited;
import id.go.kemensos.replika.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Something that happened, told to an audience: every user of a role, or of a role in one unit. The unit is kept as
 * an id (this shared package knows no feature). Rows are inserted with SQL by {@link NotificationService} and never
 * changed, hence read-only here.
 */
@Entity
@Immutable
@Unaudited("written by SQL; each one follows from an audited change")
@Table(name = "notification")
class Notification extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "audience_role", nullable = false, length = 20)
    private Role audienceRole;

    @Column(name = "audience_unit_id")
    private Long audienceUnitId;

    @Column(name = "message_key", nullable = false, length = NotificationService.KEY_MAX)
    private String messageKey;

    /** The message arguments as a JSON array of strings, or null when there are none. */
    @Column(name = "message_args", length = NotificationService.ARGS_MAX)
    private String messageArgs;

    @Column(nullable = false, length = NotificationService.LINK_MAX)
    private String link;

    @Column(name = "dedupe_key", length = NotificationService.DEDUPE_KEY_MAX)
    private String dedupeKey;

    protected Notification() {
    }

    Role getAudienceRole() {
        return audienceRole;
    }

    Long getAudienceUnitId() {
        return audienceUnitId;
    }

    String getMessageKey() {
        return messageKey;
    }

    String getMessageArgs() {
        return messageArgs;
    }

    String getLink() {
        return link;
    }

    String getDedupeKey() {
        return dedupeKey;
    }
}
