package id.go.kemensos.replika.workshop;

import java.time.LocalDate;

/** One month of a workshop's figures. */
public record WorkshopReportItem(LocalDate month, int members, int mentors, int unitsProduced, long revenue,
        long averageIncome, String notes) {
}
