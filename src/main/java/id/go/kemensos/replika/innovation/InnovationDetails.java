package id.go.kemensos.replika.innovation;

import id.go.kemensos.replika.unit.UnitRef;
import java.time.Instant;
import java.util.List;

/**
 * A whole innovation as its page shows it, with what the signed-in user may do to it. The flags come from the same
 * rules the service enforces, so the page offers only what will be allowed.
 */
public record InnovationDetails(long id, long version, String code, String title, UnitRef originUnit,
        String innovators, int yearStarted, String category, String problem, String solution, String impact,
        boolean digital, Stage stage, Sustainability sustainability, boolean endorsed, String endorsedBy,
        Instant endorsedAt, String endorsementNote, List<AwardItem> awards, Permissions permissions,
        String createdBy, Instant createdAt, String modifiedBy, Instant modifiedAt) {

    /** What the signed-in user may do with this innovation. */
    public record Permissions(boolean edit, boolean changeOriginUnit, boolean manageAwards, boolean endorse,
            boolean manageDocuments) {
    }

    public InnovationForm toForm() {
        InnovationForm form = new InnovationForm();
        form.setTitle(title);
        form.setOriginUnit(originUnit);
        form.setInnovators(innovators);
        form.setYearStarted(yearStarted);
        form.setCategory(category);
        form.setProblem(problem);
        form.setSolution(solution);
        form.setImpact(impact);
        form.setDigital(digital);
        form.setStage(stage);
        form.setSustainability(sustainability);
        return form;
    }
}
