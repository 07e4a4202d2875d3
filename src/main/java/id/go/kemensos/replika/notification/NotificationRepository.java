package id.go.kemensos.replika.notification;

import id.go.kemensos.replika.security.Role;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    /** Addressed to a user of {@code role} in unit {@code unitId} (null for users without a unit). */
    String ADDRESSED = " n.audienceRole = :role and (n.audienceUnitId is null or n.audienceUnitId = :unitId) ";

    boolean existsByDedupeKey(String dedupeKey);

    @Query("select count(n) from Notification n where" + ADDRESSED
            + "and not exists (select 1 from NotificationRead r where r.notification = n and r.userId = :userId)")
    long countUnread(@Param("role") Role role, @Param("unitId") Long unitId, @Param("userId") long userId);

    @Query("select new id.go.kemensos.replika.notification.NotificationRow(n.id, n.messageKey, n.messageArgs, "
            + "n.link, n.createdAt, case when r.id is null then false else true end) "
            + "from Notification n left join NotificationRead r on r.notification = n and r.userId = :userId "
            + "where" + ADDRESSED + "order by n.createdAt desc, n.id desc")
    List<NotificationRow> findLatest(@Param("role") Role role, @Param("unitId") Long unitId,
            @Param("userId") long userId, Limit limit);

    @Query("select count(n) from Notification n where n.id = :id and" + ADDRESSED)
    long countAddressed(@Param("id") long id, @Param("role") Role role, @Param("unitId") Long unitId);
}
