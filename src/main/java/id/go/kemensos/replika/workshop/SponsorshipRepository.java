package id.go.kemensos.replika.workshop;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SponsorshipRepository extends JpaRepository<Sponsorship, Long> {

    @Query("select s from Sponsorship s join fetch s.partner join fetch s.workshop where s.workshop.id = :id "
            + "and (:partnerId is null or s.partner.id = :partnerId) order by s.startDate desc")
    List<Sponsorship> findByWorkshop(@Param("id") long workshopId, @Param("partnerId") Long partnerId);

    @Query("select s from Sponsorship s join fetch s.partner join fetch s.workshop where s.partner.id = :partnerId "
            + "order by s.startDate desc")
    List<Sponsorship> findByPartner(@Param("partnerId") long partnerId);

    @Query("select count(s) > 0 from Sponsorship s where s.workshop.id = :workshopId and s.partner.id = :partnerId")
    boolean sponsors(@Param("partnerId") long partnerId, @Param("workshopId") long workshopId);
}
