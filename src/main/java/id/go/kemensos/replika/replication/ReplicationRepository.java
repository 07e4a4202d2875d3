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

    String FROM = " from Replication r join r.sourceInnovation i join r.originUnit o join r.adoptingUnit a ";

    /** Every criterion but the statuses: the status counts use it as it is. */
    String CRITERIA = """
            where (:#{#c.scopeUnitId()} is null or o.id = :#{#c.scopeUnitId()} or a.id = :#{#c.scopeUnitId()})
              and (:#{#c.text()} is null or i.title like :#{#c.text()} escape '!' or i.code like :#{#c.text()} escape '!'
                   or o.name like :#{#c.text()} escape '!' or a.name like :#{#c.text()} escape '!')
              and (:#{#c.originUnitId()} is null or o.id = :#{#c.originUnitId()})
              and (:#{#c.adoptingUnitId()} is null or a.id = :#{#c.adoptingUnitId()})
              and (:#{#c.province()} is null or a.province = :#{#c.province()})
              and (:#{#c.innovationId()} is null or i.id = :#{#c.innovationId()})
              and (:#{#c.yearStart()} is null or (r.createdAt >= :#{#c.yearStart()} and r.createdAt < :#{#c.yearEnd()}))
              and (:#{#c.overdueOnly()} = false or (r.status = :#{#c.implementing()}
                   and coalesce(r.lastReportAt, r.statusSince) < :#{#c.overdueBefore()}))
              and (:#{#c.reportDueOnly()} = false or (r.status = :#{#c.implementing()}
                   and coalesce(r.lastReportAt, r.statusSince) < :#{#c.reportDueBefore()}))
            """;

    String STATUSES = " and (:#{#c.anyStatus()} = true or r.status in :#{#c.statuses()}) ";

    @Query("select new id.go.kemensos.replika.replication.ReplicationListItem(r.id, i.title, o.name, a.name, "
            + "a.province, r.status, r.progressPercent, r.lastReportAt, "
            + "case when r.status = :#{#c.implementing()} "
            + "and coalesce(r.lastReportAt, r.statusSince) < :#{#c.overdueBefore()} then true else false end, "
            + "r.statusSince, r.modifiedAt)" + FROM + CRITERIA + STATUSES)
    List<ReplicationListItem> search(@Param("c") GridCriteria c, Pageable pageable);

    @Query("select count(r)" + FROM + CRITERIA + STATUSES)
    long countMatching(@Param("c") GridCriteria c);

    @Query("select r.status, count(r)" + FROM + CRITERIA + " group by r.status")
    List<Object[]> countByStatus(@Param("c") GridCriteria c);

    /** Rows of (adopting unit id, name, province, status, count) under the criteria. */
    @Query("select a.id, a.name, a.province, r.status, count(r)" + FROM + CRITERIA + STATUSES
            + " group by a.id, a.name, a.province, r.status")
    List<Object[]> countByAdoptingUnitAndStatus(@Param("c") GridCriteria c);

    /** Rows of (adopting unit's province, status, count) under the criteria. */
    @Query("select a.province, r.status, count(r)" + FROM + CRITERIA + STATUSES + " group by a.province, r.status")
    List<Object[]> countByProvinceAndStatus(@Param("c") GridCriteria c);

    /** Active UPTs adopting no replication (begun within the bounds, when given): rows of (id, name, province). */
    @Query("select u.id, u.name, u.province from ReplicationUnitView u where u.active = true and u.type = 'UPT' "
            + "and not exists (select 1 from Replication r where r.adoptingUnit = u and (:yearStart is null "
            + "or (r.createdAt >= :yearStart and r.createdAt < :yearEnd))) order by u.name, u.id")
    List<Object[]> findIdleAdoptingUnits(@Param("yearStart") Instant yearStart,
            @Param("yearEnd") Instant yearEnd);

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
             (:scopeUnitId is null or o.id = :scopeUnitId or a.id = :scopeUnitId)
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

    /** Per status: how many the unit adopted, how many of its innovations others adopted. */
    @Query("select r.status, sum(case when a.id = :unitId then 1 else 0 end), "
            + "sum(case when o.id = :unitId then 1 else 0 end)" + FROM
            + "where (a.id = :unitId or o.id = :unitId) and" + IN_PERIOD + " group by r.status")
    List<Object[]> countOfUnitInPeriod(@Param("unitId") long unitId, @Param("scopeUnitId") Long scopeUnitId,
            @Param("start") java.time.Instant start, @Param("end") java.time.Instant end,
            @Param("finals") List<ReplicationStatus> finals);
}
