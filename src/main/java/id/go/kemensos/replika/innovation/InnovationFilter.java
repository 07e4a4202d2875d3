package id.go.kemensos.replika.innovation;

/**
 * Criteria of the innovations grid; null means "any". The award criteria select innovations that have at least
 * one award matching all of them (level, and year within the range).
 */
public record InnovationFilter(String text, Long unitId, String province, Stage stage, Sustainability sustainability,
        AwardLevel awardLevel, Integer awardYearFrom, Integer awardYearTo, boolean endorsedOnly) {

    public static InnovationFilter all() {
        return new InnovationFilter(null, null, null, null, null, null, null, null, false);
    }

    boolean hasAwardCriteria() {
        return awardLevel != null || awardYearFrom != null || awardYearTo != null;
    }
}
