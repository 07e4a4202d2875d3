package id.go.kemensos.replika.workshop;

/** Criteria of the workshop grid; null means "any". */
public record WorkshopFilter(String text, Long coachingUnitId, String province, WorkshopStatus status,
        Long sponsorId) {

    public static WorkshopFilter all() {
        return new WorkshopFilter(null, null, null, null, null);
    }
}
