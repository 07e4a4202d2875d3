package id.go.kemensos.replika.innovation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AwardRepository extends JpaRepository<Award, Long> {

    @Query("select a from Award a where a.innovation.id = :innovationId order by a.year desc, a.competition")
    List<Award> findByInnovation(@Param("innovationId") long innovationId);

    /** Rows of (year, level, innovations reaching that level that year in any competition). */
    @Query("select a.year, a.level, count(distinct a.innovation.id) from Award a where a.year >= :fromYear "
            + "and a.year <= :toYear group by a.year, a.level")
    List<Object[]> countInnovationsByYearAndLevel(@Param("fromYear") int fromYear, @Param("toYear") int toYear);

    @Query("select a from Award a where a.id = :id and a.innovation.id = :innovationId")
    Optional<Award> findOfInnovation(@Param("innovationId") long innovationId, @Param("id") long id);

    @Query("select count(a) > 0 from Award a where a.innovation.id = :innovationId and a.competition = :competition "
            + "and a.year = :year and (:exceptId is null or a.id <> :exceptId)")
    boolean existsDuplicate(@Param("innovationId") long innovationId, @Param("competition") Competition competition,
            @Param("year") int year, @Param("exceptId") Long exceptId);

    @Query("select new id.go.kemensos.replika.innovation.UnitAwardItem(i.id, i.code, i.title, a.year, a.competition, "
            + "a.group, a.level) from Award a join a.innovation i where i.originUnit.id = :unitId "
            + "and a.year between :fromYear and :toYear order by a.year desc, i.code, a.competition")
    List<UnitAwardItem> findOfUnit(@Param("unitId") long unitId, @Param("fromYear") int fromYear,
            @Param("toYear") int toYear);
}
