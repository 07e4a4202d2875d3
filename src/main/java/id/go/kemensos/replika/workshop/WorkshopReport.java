package id.go.kemensos.replika.workshop;

import id.go.kemensos.replika.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A workshop's figures for one month: aggregates only. */
@Entity
@Table(name = "workshop_report")
class WorkshopReport extends AbstractEntity {

    @Column(name = "workshop_id", nullable = false, updatable = false)
    private long workshopId;

    @Column(name = "report_month", nullable = false, updatable = false)
    private LocalDate month;

    @Column(nullable = false)
    private int members;

    @Column(nullable = false)
    private int mentors;

    @Column(name = "units_produced", nullable = false)
    private int unitsProduced;

    @Column(nullable = false)
    private long revenue;

    @Column(name = "average_income", nullable = false)
    private long averageIncome;

    @Column(length = 1000)
    private String notes;

    WorkshopReport() {
    }

    WorkshopReport(long workshopId, LocalDate month, WorkshopReportForm form) {
        this.workshopId = workshopId;
        this.month = month;
        this.members = form.getMembers();
        this.mentors = form.getMentors();
        this.unitsProduced = form.getUnitsProduced();
        this.revenue = form.getRevenue();
        this.averageIncome = form.getAverageIncome();
        this.notes = id.go.kemensos.replika.base.Texts.blankToNull(form.getNotes());
    }

    WorkshopReportItem toItem() {
        return new WorkshopReportItem(month, members, mentors, unitsProduced, revenue, averageIncome, notes);
    }

    long getWorkshopId() {
        return workshopId;
    }

    LocalDate getMonth() {
        return month;
    }

    long getRevenue() {
        return revenue;
    }
}
