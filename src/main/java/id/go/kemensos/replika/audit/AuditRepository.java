package id.go.kemensos.replika.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Reads only: the trail is appended by {@link AuditTrail} and never saved, updated or deleted through JPA. */
interface AuditRepository extends Repository<AuditEntry, Long> {

    String ITEM = "select new id.go.kemensos.replika.audit.AuditListItem(e.id, e.occurredAt, e.username, "
            + "e.userRole, e.unitId, e.recordType, e.recordId, e.action, e.details, e.clientAddress, e.hash) ";

    String FILTER = """
            from AuditEntry e
            where (:user is null or e.username like :user escape '!')
              and (:recordType is null or e.recordType = :recordType)
              and (:recordId is null or e.recordId = :recordId)
              and (:action is null or e.action = :action)
              and (:from is null or e.occurredAt >= :from)
              and (:to is null or e.occurredAt < :to)
              and (:text is null or e.username like :text escape '!' or e.recordType like :text escape '!'
                   or e.clientAddress like :text escape '!' or e.details like :text escape '!')
            """;

    @Query(ITEM + FILTER)
    List<AuditListItem> search(@Param("user") String user, @Param("recordType") String recordType,
            @Param("recordId") Long recordId, @Param("action") AuditAction action, @Param("from") Instant from,
            @Param("to") Instant to, @Param("text") String text, Pageable pageable);

    @Query("select count(e) " + FILTER)
    long countMatching(@Param("user") String user, @Param("recordType") String recordType,
            @Param("recordId") Long recordId, @Param("action") AuditAction action, @Param("from") Instant from,
            @Param("to") Instant to, @Param("text") String text);

    @Query(ITEM + "from AuditEntry e where e.recordType = :recordType and e.recordId = :recordId "
            + "order by e.id desc")
    List<AuditListItem> history(@Param("recordType") String recordType, @Param("recordId") long recordId,
            Pageable pageable);

    @Query("select distinct e.recordType from AuditEntry e where e.recordType is not null order by e.recordType")
    List<String> recordTypes();
}
