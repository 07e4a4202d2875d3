package id.go.kemensos.replika.innovation;

import id.go.kemensos.replika.unit.UnitRef;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a user may enter for an innovation; validated again by {@link InnovationService}. */
public class InnovationForm {

    @NotBlank(message = "innovation.validation.titleRequired")
    @Size(min = InnovationService.TITLE_MIN, max = InnovationService.TITLE_MAX,
            message = "innovation.validation.titleLength")
    private String title;

    @NotNull(message = "innovation.validation.unitRequired")
    private UnitRef originUnit;

    @Size(max = InnovationService.INNOVATORS_MAX, message = "validation.tooLong:{max}")
    private String innovators;

    @NotNull(message = "innovation.validation.yearRequired")
    @Min(value = InnovationService.FIRST_START_YEAR, message = "innovation.validation.yearRange")
    @Max(value = 9999, message = "innovation.validation.yearRange")
    private Integer yearStarted;

    @Size(max = InnovationService.CATEGORY_MAX, message = "validation.tooLong:{max}")
    private String category;

    @Size(max = InnovationService.TEXT_MAX, message = "validation.tooLong:{max}")
    private String problem;

    @Size(max = InnovationService.TEXT_MAX, message = "validation.tooLong:{max}")
    private String solution;

    @Size(max = InnovationService.TEXT_MAX, message = "validation.tooLong:{max}")
    private String impact;

    private boolean digital;

    @NotNull(message = "innovation.validation.stageRequired")
    private Stage stage = Stage.INITIATIVE;

    @NotNull(message = "innovation.validation.sustainabilityRequired")
    private Sustainability sustainability = Sustainability.ACTIVE;

    public String getTitle() {
        return title;
    }

    /** Stored trimmed, so the length rules apply to what will be kept. */
    public void setTitle(String title) {
        this.title = title == null ? null : title.strip();
    }

    public UnitRef getOriginUnit() {
        return originUnit;
    }

    public void setOriginUnit(UnitRef originUnit) {
        this.originUnit = originUnit;
    }

    public String getInnovators() {
        return innovators;
    }

    public void setInnovators(String innovators) {
        this.innovators = innovators;
    }

    public Integer getYearStarted() {
        return yearStarted;
    }

    public void setYearStarted(Integer yearStarted) {
        this.yearStarted = yearStarted;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }

    public String getSolution() {
        return solution;
    }

    public void setSolution(String solution) {
        this.solution = solution;
    }

    public String getImpact() {
        return impact;
    }

    public void setImpact(String impact) {
        this.impact = impact;
    }

    public boolean isDigital() {
        return digital;
    }

    public void setDigital(boolean digital) {
        this.digital = digital;
    }

    public Stage getStage() {
        return stage;
    }

    public void setStage(Stage stage) {
        this.stage = stage;
    }

    public Sustainability getSustainability() {
        return sustainability;
    }

    public void setSustainability(Sustainability sustainability) {
        this.sustainability = sustainability;
    }
}
