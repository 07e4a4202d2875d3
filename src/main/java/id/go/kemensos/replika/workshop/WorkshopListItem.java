package id.go.kemensos.replika.workshop;

/**
 * One row of the workshop grid. The latest members, the last 12 months' revenue and the sponsors come from the
 * same SQL statement as the row.
 */
public record WorkshopListItem(long id, String code, String name, String coachingUnitName, String regency, String province,
        WorkshopStatus status, Integer latestMembers, long revenue12Months, String sponsors) {
}
