package id.go.kemensos.replika.workshop;

/**
 * A workshop's figures over a period, summed in SQL from its monthly reports: how many months were reported, the
 * members in the latest of them (null when none), units produced, revenue and the average member income (IDR).
 */
public record WorkshopPeriodFigures(long workshopId, String name, String regency, WorkshopStatus status,
        long monthsReported, Integer latestMembers, long unitsProduced, long revenue, Double averageIncome) {
}
