package id.go.kemensos.replika.notification;

import id.go.kemensos.replika.base.AbstractEntity;
import id.go.kemensos.replika.base.Unaudited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One user has read one notification. The user is kept as an id (this shared package knows no feature). Rows are
 * inserted with SQL by {@link NotificationReadRepository} and never changed, hence read-only here.
 */
@Entity
@Immutable
@Unaudited("technical: who has read which notification")
@Table(name = "notification_read")
class NotificationRead extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "notification_id", nullable = false)
    private Notification notification;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "read_at", nullable = false)
    private Instant readAt;

    protected NotificationRead() {
    }

    Notification getNotification() {
        return notification;
    }

    long getUserId() {
        return userId;
    }

    Instant getReadAt() {
        return readAt;
    }
}
