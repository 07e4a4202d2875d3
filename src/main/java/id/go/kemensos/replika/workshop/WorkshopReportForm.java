package id.go.kemensos.replika.workshop;

import id.go.kemensos.replika.base.validation.PlausibleDate;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A month's aggregate figures as the coaching unit's operator enters them. */
public class WorkshopReportForm {

    @NotNull(message = "workshop.report.validation.monthRequired")
    @PlausibleDate
    private LocalDate month;

    @NotNull(message = "workshop.report.validation.required")
    @Min(value = 0, message = "workshop.report.validation.negative")
    @Max(value = 100_000, message = "workshop.report.validation.tooLarge")
    private Integer members;

    @NotNull(message = "workshop.report.validation.required")
    @Min(value = 0, message = "workshop.report.validation.negative")
    @Max(value = 10_000, message = "workshop.report.validation.tooLarge")
    private Integer mentors;

    @NotNull(message = "workshop.report.validation.required")
    @Min(value = 0, message = "workshop.report.validation.negative")
    @Max(value = 100_000_000, message = "workshop.report.validation.tooLarge")
    private Integer unitsProduced;

    @NotNull(message = "workshop.report.validation.required")
    @Min(value = 0, message = "workshop.report.validation.negative")
    @Max(value = 1_000_000_000_000L, message = "workshop.report.validation.tooLarge")
    private Long revenue;

    @NotNull(message = "workshop.report.validation.required")
    @Min(value = 0, message = "workshop.report.validation.negative")
    @Max(value = 1_000_000_000_000L, message = "workshop.report.validation.tooLarge")
    private Long averageIncome;

    @Size(max = 1000, message = "validation.tooLong:{max}")
    private String notes;

    public LocalDate getMonth() {
        return month;
    }

    public void setMonth(LocalDate month) {
        this.month = month;
    }

    public Integer getMembers() {
        return members;
    }

    public void setMembers(Integer members) {
        this.members = members;
    }

    public Integer getMentors() {
        return mentors;
    }

    public void setMentors(Integer mentors) {
        this.mentors = mentors;
    }

    public Integer getUnitsProduced() {
        return unitsProduced;
    }

    public void setUnitsProduced(Integer unitsProduced) {
        this.unitsProduced = unitsProduced;
    }

    public Long getRevenue() {
        return revenue;
    }

    public void setRevenue(Long revenue) {
        this.revenue = revenue;
    }

    public Long getAverageIncome() {
        return averageIncome;
    }

    public void setAverageIncome(Long averageIncome) {
        this.averageIncome = averageIncome;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
