package id.go.kemensos.replika.innovation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InnovationRepository extends JpaRepository<Innovation, Long> {

    String FILTER = """
            from Innovation i join i.originUnit u
            where (:text is null or i.title like :text escape '!' or i.code like :text escape '!'
                   or i.innovators like :text escape '!')
              and (:unitId is null or u.id = :unitId)
              and (:province is null or u.province = :province)
              and (:stage is null or i.stage = :stage)
              and (:sustainability is null or i.sustainability = :sustainability)
              and (:endorsedOnly = false or i.endorsed = true)
              and (:awardCriteria = false or exists (
                    select 1 from Award a where a.innovation = i
                      and (:awardLevel is null or a.level = :awardLevel)
                      and (:yearFrom is null or a.year >= :yearFrom)
                      and (:yearTo is null or a.year <= :yearTo)))
            """;

    @Query("select new id.go.kemensos.replika.innovation.InnovationListItem(i.id, i.code, i.title, u.name, "
            + "u.province, i.stage, i.sustainability, i.bestAwardCompetition, i.bestAwardYear, i.bestAwardLevel, "
            + "i.endorsed) " + FILTER)
    List<InnovationListItem> search(@Param("text") String text, @Param("unitId") Long unitId,
            @Param("province") String province, @Param("stage") Stage stage,
            @Param("sustainability") Sustainability sustainability, @Param("endorsedOnly") boolean endorsedOnly,
            @Param("awardCriteria") boolean awardCriteria, @Param("awardLevel") AwardLevel awardLevel,
            @Param("yearFrom") Integer yearFrom, @Param("yearTo") Integer yearTo, Pageable pageable);

    @Query("select count(i) " + FILTER)
    long countMatching(@Param("text") String text, @Param("unitId") Long unitId,
            @Param("province") String province, @Param("stage") Stage stage,
            @Param("sustainability") Sustainability sustainability, @Param("endorsedOnly") boolean endorsedOnly,
            @Param("awardCriteria") boolean awardCriteria, @Param("awardLevel") AwardLevel awardLevel,
            @Param("yearFrom") Integer yearFrom, @Param("yearTo") Integer yearTo);

    /** Rows of (stage, sustainability, count) of all innovations, on the covering index. */
    @Query("select i.stage, i.sustainability, count(i) from Innovation i group by i.stage, i.sustainability")
    List<Object[]> countByStageAndSustainability();

    /** Rows of (stage, sustainability, count) of the innovations started in {@code yearStarted}. */
    @Query("select i.stage, i.sustainability, count(i) from Innovation i where i.yearStarted = :yearStarted "
            + "group by i.stage, i.sustainability")
    List<Object[]> countByStageAndSustainability(@Param("yearStarted") int yearStarted);

    @Query("select i from Innovation i join fetch i.originUnit where i.id = :id")
    Optional<Innovation> findWithUnit(@Param("id") long id);

    @Query("select i from Innovation i join fetch i.originUnit where i.code in :codes")
    List<Innovation> findByCodes(@Param("codes") Collection<String> codes);

    boolean existsByOriginUnitIdAndTitle(long originUnitId, String title);

    boolean existsByOriginUnitIdAndTitleAndIdNot(long originUnitId, String title, long id);

    @Query(value = "select nextval(innovation_code_seq)", nativeQuery = true)
    long nextCodeNumber();
}
