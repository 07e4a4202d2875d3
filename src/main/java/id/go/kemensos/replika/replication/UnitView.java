package id.go.kemensos.replika.replication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A read-only view of the unit table for joins in the replication grid; the unit feature owns the table. */
@Entity(name = "ReplicationUnitView")
@Table(name = "unit")
@Immutable
class UnitView {

    @Id
    private Long id;

    @Column(nullable = false)
    private String name;

    private String province;

    @Column(nullable = false)
    private boolean active;

    /** The unit type's name ({@code UPT} for the technical units that adopt replications). */
    @Column(nullable = false)
    private String type;

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    String getProvince() {
        return province;
    }

    boolean isActive() {
        return active;
    }
}
