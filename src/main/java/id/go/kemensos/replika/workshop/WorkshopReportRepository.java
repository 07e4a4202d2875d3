package id.go.kemensos.replika.workshop;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface WorkshopReportRepository extends JpaRepository<WorkshopReport, Long> {

    @Query("select r from WorkshopReport r where r.workshopId = :id order by r.month desc")
    List<WorkshopReport> findLatest(@Param("id") long workshopId, Pageable pageable);

    @Query("select r from WorkshopReport r where r.workshopId = :id and r.month = :month")
    java.util.Optional<WorkshopReport> findMonth(@Param("id") long workshopId, @Param("month") LocalDate month);

    @Query("select count(r) > 0 from WorkshopReport r where r.workshopId = :id and r.month = :month")
    boolean existsMonth(@Param("id") long workshopId, @Param("month") LocalDate month);

    @Query("select r from WorkshopReport r where r.workshopId in :ids and r.month >= :since order by r.month")
    List<WorkshopReport> findSince(@Param("ids") List<Long> workshopIds, @Param("since") LocalDate since);
}
