package id.go.kemensos.replika.innovation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A read-only view of the unit table, so the innovation grid can join, filter and sort by the origin unit in the
 * same SQL query. The unit feature owns and changes that table; this feature never writes it.
 */
@Entity(name = "InnovationOriginUnit")
@Table(name = "unit")
@Immutable
class OriginUnit {

    @Id
    private Long id;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    private String province;

    @Column(nullable = false)
    private boolean active;

    Long getId() {
        return id;
    }

    String getCode() {
        return code;
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
