package id.go.kemensos.replika.workshop;

import id.go.kemensos.replika.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What one CSR partner gives one workshop over a period. */
@Entity
@Table(name = "sponsorship")
class Sponsorship extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id", nullable = false, updatable = false)
    private SponsorView partner;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workshop_id", nullable = false, updatable = false)
    private Workshop workshop;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(nullable = false)
    private long amount;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private SponsorshipKind kind;

    @Column(length = 1000)
    private String description;

    Sponsorship() {
    }

    Sponsorship(SponsorView partner, Workshop workshop, SponsorshipForm form) {
        this.partner = partner;
        this.workshop = workshop;
        this.startDate = form.getStartDate();
        this.endDate = form.getEndDate();
        this.amount = form.getAmount();
        this.kind = form.getKind();
        this.description = id.go.kemensos.replika.base.Texts.blankToNull(form.getDescription());
    }

    SponsorshipItem toItem() {
        return new SponsorshipItem(getId(), partner.getId(), partner.getCompanyName(), workshop.getId(),
                workshop.getName(), startDate, endDate, amount, kind, description);
    }
}
