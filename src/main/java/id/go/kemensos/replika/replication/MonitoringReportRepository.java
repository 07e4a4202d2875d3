package id.go.kemensos.replika.replication;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MonitoringReportRepository extends JpaRepository<MonitoringReport, Long> {

    @Query("select m from MonitoringReport m where m.replicationId = :id order by m.year desc, m.quarter desc")
    List<MonitoringReport> findByReplication(@Param("id") long replicationId);

    @Query("select count(m) > 0 from MonitoringReport m where m.replicationId = :id and m.year = :year "
            + "and m.quarter = :quarter")
    boolean existsPeriod(@Param("id") long replicationId, @Param("year") int year, @Param("quarter") int quarter);

    @Query("select count(m) from MonitoringReport m where m.replicationId = :id")
    long countByReplication(@Param("id") long replicationId);
}
