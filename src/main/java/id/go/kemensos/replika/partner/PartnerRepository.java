package id.go.kemensos.replika.partner;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PartnerRepository extends JpaRepository<Partner, Long> {

    String FILTER = """
            from Partner p
            where (:text is null or p.companyName like :text escape '!' or p.programmeName like :text escape '!'
                   or p.sector like :text escape '!')
              and (:includeInactive = true or p.active = true)
            """;

    @Query("select new id.go.kemensos.replika.partner.PartnerListItem("
            + "p.id, p.companyName, p.programmeName, p.sector, p.active) " + FILTER)
    List<PartnerListItem> search(@Param("text") String text, @Param("includeInactive") boolean includeInactive,
            Pageable pageable);

    @Query("select count(p) " + FILTER)
    long countMatching(@Param("text") String text, @Param("includeInactive") boolean includeInactive);

    @Query("select new id.go.kemensos.replika.partner.PartnerRef(p.id, p.companyName) from Partner p "
            + "where p.active = true and (:text is null or p.companyName like :text escape '!') "
            + "order by p.companyName, p.id")
    List<PartnerRef> findActiveRefs(@Param("text") String text, Pageable pageable);

    boolean existsByCompanyNameIgnoreCase(String companyName);

    boolean existsByCompanyNameIgnoreCaseAndIdNot(String companyName, Long id);
}
