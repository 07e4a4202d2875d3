package id.go.kemensos.replika.replication;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Append-only: saving and reading, nothing else. */
interface TransitionRepository extends Repository<ReplicationTransition, Long> {

    ReplicationTransition save(ReplicationTransition transition);

    @Query("select t from ReplicationTransition t where t.replicationId = :id order by t.createdAt, t.id")
    List<ReplicationTransition> findByReplication(@Param("id") long replicationId);
}
