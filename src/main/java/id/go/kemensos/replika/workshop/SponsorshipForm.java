package id.go.kemensos.replika.workshop;

import id.go.kemensos.replika.base.validation.PlausibleDate;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A sponsorship as an administrator records it. */
public class SponsorshipForm {

    @NotNull(message = "sponsorship.validation.startRequired")
    @PlausibleDate
    private LocalDate startDate;

    @PlausibleDate
    private LocalDate endDate;

    @NotNull(message = "sponsorship.validation.amountRequired")
    @Min(value = 0, message = "sponsorship.validation.amount")
    private Long amount;

    @NotNull(message = "sponsorship.validation.kindRequired")
    private SponsorshipKind kind;

    @Size(max = 1000, message = "validation.tooLong:{max}")
    private String description;

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public Long getAmount() {
        return amount;
    }

    public void setAmount(Long amount) {
        this.amount = amount;
    }

    public SponsorshipKind getKind() {
        return kind;
    }

    public void setKind(SponsorshipKind kind) {
        this.kind = kind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
