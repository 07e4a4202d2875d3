package id.go.kemensos.replika.replication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A read-only view of the innovation table for joins in the replication grid; the innovation feature owns it. */
@Entity(name = "ReplicationInnovationView")
@Table(name = "innovation")
@Immutable
class InnovationView {

    @Id
    private Long id;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String title;

    Long getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    String getTitle() {
        return title;
    }
}
