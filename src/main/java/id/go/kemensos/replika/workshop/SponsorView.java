package id.go.kemensos.replika.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A read-only view of the partner table, for sponsors' names; the partner feature owns the table. */
@Entity(name = "WorkshopSponsorView")
@Table(name = "partner")
@Immutable
class SponsorView {

    @Id
    private Long id;

    @Column(name = "company_name", nullable = false)
    private String companyName;

    Long getId() {
        return id;
    }

    String getCompanyName() {
        return companyName;
    }
}
