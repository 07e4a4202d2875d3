package id.go.kemensos.replika.workshop;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TestimonialRepository extends JpaRepository<Testimonial, Long> {

    @Query("select t from Testimonial t where t.workshopId in :ids order by t.saidOn desc, t.id desc")
    List<Testimonial> findByWorkshops(@Param("ids") List<Long> workshopIds, Pageable pageable);
}
