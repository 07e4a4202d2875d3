package id.go.kemensos.replika.unit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UnitRepository extends JpaRepository<Unit, Long> {

    String FILTER = """
            from Unit u left join u.parent p
            where (:text is null or u.code like :text escape '!' or u.name like :text escape '!'
                   or u.city like :text escape '!')
              and (:type is null or u.type = :type)
              and (:province is null or u.province = :province)
              and (:includeInactive = true or u.active = true)
            """;

    @Query("select new id.go.kemensos.replika.unit.UnitListItem("
            + "u.id, u.code, u.name, u.type, p.name, u.city, u.province, u.active) " + FILTER)
    List<UnitListItem> search(@Param("text") String text, @Param("type") UnitType type,
            @Param("province") String province, @Param("includeInactive") boolean includeInactive,
            Pageable pageable);

    @Query("select count(u) " + FILTER)
    long countMatching(@Param("text") String text, @Param("type") UnitType type,
            @Param("province") String province, @Param("includeInactive") boolean includeInactive);

    @Query("select new id.go.kemensos.replika.unit.UnitRef(u.id, u.code, u.name) from Unit u "
            + "where u.active = true and (:text is null or u.code like :text escape '!' or u.name like :text escape '!') "
            + "order by u.name, u.id")
    List<UnitRef> findActiveRefs(@Param("text") String text, Pageable pageable);

    @Query("select distinct u.province from Unit u where u.province is not null order by u.province")
    List<String> findProvinces();

    boolean existsByCode(String code);

    @Query("select u from Unit u left join fetch u.parent where u.code in :codes")
    List<Unit> findByCodes(@Param("codes") Collection<String> codes);

    @Query("select u from Unit u left join fetch u.parent where u.code = :code")
    Optional<Unit> findByCode(@Param("code") String code);

    boolean existsByCodeAndIdNot(String code, Long id);

    @Query("select u from Unit u left join fetch u.parent where u.id = :id")
    Optional<Unit> findWithParent(@Param("id") long id);
}
