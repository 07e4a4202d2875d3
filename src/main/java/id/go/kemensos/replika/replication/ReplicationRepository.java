package id.go.kemensos.replika.replication;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReplicationRepository extends JpaRepository<Replication, Long> {

    /** The replications one author created (the demo's, for their sample documents), not the whole table. */
    @Query("select r from Replication r where r.createdBy = :createdBy order by r.id")
    List<Replication> findCreatedBy(@Param("createdBy") String createdBy);

    String FROM = " from Replication r join r.sourceInnovation i join r.originUnit o join r.adoptingUnit a ";

    @Query("select r from Replication r join fetch r.sourceInnovation join fetch r.originUnit join fetch r.adoptingUnit "
            + "where r.id = :id")
    Optional<Replication> findWhole(@Param("id") long id);

    /** The replication locked for this transaction, so concurrent steps on it run one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Replication r join fetch r.sourceInnovation join fetch r.originUnit "
            + "join fetch r.adoptingUnit where r.id = :id")
    Optional<Replication> findWholeForUpdate(@Param("id") long id);

    @Query("select count(r) > 0 from Replication r where r.sourceInnovation.id = :innovationId "
            + "and r.adoptingUnit.id = :unitId and r.status not in :finals")
    boolean existsOpen(@Param("innovationId") long innovationId, @Param("unitId") long unitId,
            @Param("finals") List<ReplicationStatus> finals);

    @Query("select r from Replication r join fetch r.sourceInnovation join fetch r.adoptingUnit "
            + "where r.status = :implementing and coalesce(r.lastReportAt, r.statusSince) < :before "
            + "and r.id > :afterId order by r.id")
    List<Replication> findOverdue(@Param("implementing") ReplicationStatus implementing,
            @Param("before") java.time.Instant before, @Param("afterId") long afterId, Limit limit);

    /** Open at some time in [start, end): begun before its end, and not final or final only since its start. */
    String IN_PERIOD = """
             (:scopeUnitId is null or r.originUnit.id = :scopeUnitId or r.adoptingUnit.id = :scopeUnitId)
              and r.createdAt < :end and (r.status not in :finals or r.statusSince >= :start)
            """;

    String UNIT_ITEM = "select new id.go.kemensos.replika.replication.UnitReplicationItem(r.id, i.code, i.title, "
            + "o.name, a.name, r.status, r.progressPercent, r.createdAt)";

    @Query(UNIT_ITEM + FROM + "where a.id = :unitId and" + IN_PERIOD + " order by r.createdAt, r.id")
    List<UnitReplicationItem> adoptedInPeriod(@Param("unitId") long unitId, @Param("scopeUnitId") Long scopeUnitId,
            @Param("start") java.time.Instant start, @Param("end") java.time.Instant end,
            @Param("finals") List<ReplicationStatus> finals, Pageable pageable);

    @Query(UNIT_ITEM + FROM + "where o.id = :unitId and" + IN_PERIOD + " order by r.createdAt, r.id")
    List<UnitReplicationItem> originatedInPeriod(@Param("unitId") long unitId,
            @Param("scopeUnitId") Long scopeUnitId, @Param("start") java.time.Instant start,
            @Param("end") java.time.Instant end, @Param("finals") List<ReplicationStatus> finals, Pageable pageable);

    /** Per status: how many the unit adopted (each side on its own index, without joins). */
    @Query("select r.status, count(r) from Replication r where r.adoptingUnit.id = :unitId and" + IN_PERIOD
            + " group by r.status")
    List<Object[]> countAdoptedInPeriod(@Param("unitId") long unitId, @Param("scopeUnitId") Long scopeUnitId,
            @Param("start") java.time.Instant start, @Param("end") java.time.Instant end,
            @Param("finals") List<ReplicationStatus> finals);

    /** Per status: how many of the unit's innovations others adopted. */
    @Query("select r.status, count(r) from Replication r where r.originUnit.id = :unitId and" + IN_PERIOD
            + " group by r.status")
    List<Object[]> countOriginatedInPeriod(@Param("unitId") long unitId, @Param("scopeUnitId") Long scopeUnitId,
            @Param("start") java.time.Instant start, @Param("end") java.time.Instant end,
            @Param("finals") List<ReplicationStatus> finals);
}
