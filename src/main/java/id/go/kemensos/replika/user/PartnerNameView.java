package id.go.kemensos.replika.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A read-only view of the partner table, for CSR users' companies in the users grid; the partner feature owns the
 * table (and calls this feature, so this one cannot call it back).
 */
@Entity(name = "UserPartnerView")
@Table(name = "partner")
@Immutable
class PartnerNameView {

    @Id
    private Long id;

    @Column(name = "company_name", nullable = false)
    private String companyName;

    @Column(nullable = false)
    private boolean active;

    Long getId() {
        return id;
    }

    String getCompanyName() {
        return companyName;
    }

    boolean isActive() {
        return active;
    }
}
