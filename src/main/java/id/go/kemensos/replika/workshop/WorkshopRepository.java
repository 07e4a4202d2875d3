package id.go.kemensos.replika.workshop;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface WorkshopRepository extends JpaRepository<Workshop, Long> {

    String FROM = " from Workshop w join w.coachingUnit u ";

    String WHERE = """
            where (:#{#c.scopeUnitId()} is null or u.id = :#{#c.scopeUnitId()})
              and (:#{#c.scopePartnerId()} is null or exists (select 1 from Sponsorship s
                   where s.workshop = w and s.partner.id = :#{#c.scopePartnerId()}))
              and (:#{#c.text()} is null or w.name like :#{#c.text()} escape '!' or w.code like :#{#c.text()} escape '!'
                   or w.regency like :#{#c.text()} escape '!'
                   or w.village like :#{#c.text()} escape '!' or w.products like :#{#c.text()} escape '!')
              and (:#{#c.coachingUnitId()} is null or u.id = :#{#c.coachingUnitId()})
              and (:#{#c.province()} is null or w.province like :#{#c.province()} escape '!')
              and (:#{#c.status()} is null or w.status = :#{#c.status()})
              and (:#{#c.sponsorId()} is null or exists (select 1 from Sponsorship s2
                   where s2.workshop = w and s2.partner.id = :#{#c.sponsorId()}))
            """;

    @Query("select new id.go.kemensos.replika.workshop.WorkshopListItem(w.id, w.code, w.name, u.name, w.regency, "
            + "w.province, w.status, "
            + "(select r.members from WorkshopReport r where r.workshopId = w.id and r.month = "
            + "(select max(r2.month) from WorkshopReport r2 where r2.workshopId = w.id)), "
            + "coalesce((select sum(r3.revenue) from WorkshopReport r3 where r3.workshopId = w.id "
            + "and r3.month >= :#{#c.revenueSince()}), 0), "
            + "(select listagg(p.companyName, ', ') within group (order by p.companyName) from WorkshopSponsorView p "
            + "where exists (select 1 from Sponsorship s3 where s3.partner = p and s3.workshop = w) "
            + "and (:#{#c.scopePartnerId()} is null or p.id = :#{#c.scopePartnerId()})))" + FROM + WHERE)
    List<WorkshopListItem> search(@Param("c") WorkshopCriteria c, Pageable pageable);

    @Query("select count(w)" + FROM + WHERE)
    long countMatching(@Param("c") WorkshopCriteria c);

    @Query("select w.status, count(w)" + FROM + WHERE + " group by w.status")
    List<Object[]> countByStatus(@Param("c") WorkshopCriteria c);

    /** Like {@link #monthlyTotals} for every workshop: read on the covering month index alone. */
    @Query("select r.month, count(r), sum(r.members), sum(r.revenue) from WorkshopReport r "
            + "where r.month >= :from and r.month <= :to group by r.month")
    List<Object[]> monthlyTotalsOfAll(@Param("from") LocalDate from, @Param("to") LocalDate to);

    /** Rows of (month, workshops reporting, members, revenue) for the months from {@code from} to {@code to}. */
    @Query("select r.month, count(r), sum(r.members), sum(r.revenue) from WorkshopReport r "
            + "where r.month >= :from and r.month <= :to and r.workshopId in (select w.id" + FROM + WHERE + ") "
            + "group by r.month")
    List<Object[]> monthlyTotals(@Param("c") WorkshopCriteria c, @Param("from") LocalDate from,
            @Param("to") LocalDate to);

    String LATEST_MONTH = "(select max(r.month) from WorkshopReport r where r.workshopId = w.id)";

    @Query("select new id.go.kemensos.replika.workshop.WorkshopLatest(w.id, w.name, w.status, " + LATEST_MONTH + ", "
            + "(select r2.members from WorkshopReport r2 where r2.workshopId = w.id and r2.month = " + LATEST_MONTH
            + "), (select r3.revenue from WorkshopReport r3 where r3.workshopId = w.id and r3.month = "
            + LATEST_MONTH + "))" + FROM + WHERE)
    List<WorkshopLatest> latest(@Param("c") WorkshopCriteria c, Pageable pageable);

    @Query("select w from Workshop w join fetch w.coachingUnit where w.id = :id")
    Optional<Workshop> findWhole(@Param("id") long id);

    @Query("select w from Workshop w join fetch w.coachingUnit where w.code in :codes")
    List<Workshop> findByCodes(@Param("codes") Collection<String> codes);

    @Query(value = "select nextval(workshop_code_seq)", nativeQuery = true)
    long nextCodeNumber();

    @Query("select count(w) > 0 from Workshop w where w.coachingUnit.id = :unitId and w.name = :name "
            + "and (:exceptId is null or w.id <> :exceptId)")
    boolean existsName(@Param("unitId") long unitId, @Param("name") String name, @Param("exceptId") Long exceptId);

    /** Per workshop of a unit, its months from {@code from} to {@code to} summed; workshops without any count too. */
    @Query("select new id.go.kemensos.replika.workshop.WorkshopPeriodFigures(w.id, w.name, w.regency, w.status, "
            + "count(r.id), "
            + "(select r2.members from WorkshopReport r2 where r2.workshopId = w.id and r2.month = "
            + "(select max(r3.month) from WorkshopReport r3 where r3.workshopId = w.id "
            + "and r3.month between :from and :to)), "
            + "coalesce(sum(r.unitsProduced), 0), coalesce(sum(r.revenue), 0), avg(r.averageIncome)) "
            + "from Workshop w left join WorkshopReport r on r.workshopId = w.id and r.month between :from and :to "
            + "where w.coachingUnit.id = :unitId and (:scopeUnitId is null or w.coachingUnit.id = :scopeUnitId) "
            + "group by w.id, w.name, w.regency, w.status order by w.name, w.id")
    List<WorkshopPeriodFigures> figuresOfUnit(@Param("unitId") long unitId, @Param("scopeUnitId") Long scopeUnitId,
            @Param("from") java.time.LocalDate from, @Param("to") java.time.LocalDate to);
}
