package id.go.kemensos.replika.notification;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Read marks are written with {@code on duplicate key update}, so marking twice, or from two tabs at once, is
 * harmless and never raises a unique-key error.
 */
interface NotificationReadRepository extends JpaRepository<NotificationRead, Long> {

    @Modifying
    @Query(nativeQuery = true, value = """
            insert into notification_read (version, notification_id, user_id, read_at,
                created_by, created_at, modified_by, modified_at)
            values (0, :notificationId, :userId, utc_timestamp(6),
                :auditName, utc_timestamp(6), :auditName, utc_timestamp(6))
            on duplicate key update read_at = read_at
            """)
    int markRead(@Param("notificationId") long notificationId, @Param("userId") long userId,
            @Param("auditName") String auditName);

    /** One statement, whatever the number of unread notifications. */
    @Modifying
    @Query(nativeQuery = true, value = """
            insert into notification_read (version, notification_id, user_id, read_at,
                created_by, created_at, modified_by, modified_at)
            select 0, n.id, :userId, utc_timestamp(6), :auditName, utc_timestamp(6), :auditName, utc_timestamp(6)
            from notification n
            where n.audience_role = :role and (n.audience_unit_id is null or n.audience_unit_id = :unitId)
              and not exists (select 1 from notification_read r where r.notification_id = n.id and r.user_id = :userId)
            on duplicate key update notification_read.read_at = notification_read.read_at
            """)
    int markAllRead(@Param("role") String role, @Param("unitId") Long unitId, @Param("userId") long userId,
            @Param("auditName") String auditName);
}
