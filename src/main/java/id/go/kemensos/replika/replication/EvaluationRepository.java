package id.go.kemensos.replika.replication;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EvaluationRepository extends JpaRepository<Evaluation, Long> {

    @Query("select e from Evaluation e where e.replicationId = :id")
    Optional<Evaluation> findByReplication(@Param("id") long replicationId);
}
