package id.go.kemensos.replika.replication;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Scores 1–5 on the five criteria and a recommendation, entered by a director or PANRB. */
public class EvaluationForm {

    @NotNull(message = "evaluation.validation.score")
    @Min(value = 1, message = "evaluation.validation.score")
    @Max(value = 5, message = "evaluation.validation.score")
    private Integer novel;

    @NotNull(message = "evaluation.validation.score")
    @Min(value = 1, message = "evaluation.validation.score")
    @Max(value = 5, message = "evaluation.validation.score")
    private Integer effective;

    @NotNull(message = "evaluation.validation.score")
    @Min(value = 1, message = "evaluation.validation.score")
    @Max(value = 5, message = "evaluation.validation.score")
    private Integer beneficial;

    @NotNull(message = "evaluation.validation.score")
    @Min(value = 1, message = "evaluation.validation.score")
    @Max(value = 5, message = "evaluation.validation.score")
    private Integer spreadable;

    @NotNull(message = "evaluation.validation.score")
    @Min(value = 1, message = "evaluation.validation.score")
    @Max(value = 5, message = "evaluation.validation.score")
    private Integer sustainable;

    @NotBlank(message = "evaluation.validation.recommendationRequired")
    @Size(max = ReplicationService.TEXT_MAX, message = "validation.tooLong:{max}")
    private String recommendation;

    public static EvaluationForm of(int novel, int effective, int beneficial, int spreadable, int sustainable,
            String recommendation) {
        EvaluationForm form = new EvaluationForm();
        form.novel = novel;
        form.effective = effective;
        form.beneficial = beneficial;
        form.spreadable = spreadable;
        form.sustainable = sustainable;
        form.recommendation = recommendation;
        return form;
    }

    public Integer getNovel() {
        return novel;
    }

    public void setNovel(Integer novel) {
        this.novel = novel;
    }

    public Integer getEffective() {
        return effective;
    }

    public void setEffective(Integer effective) {
        this.effective = effective;
    }

    public Integer getBeneficial() {
        return beneficial;
    }

    public void setBeneficial(Integer beneficial) {
        this.beneficial = beneficial;
    }

    public Integer getSpreadable() {
        return spreadable;
    }

    public void setSpreadable(Integer spreadable) {
        this.spreadable = spreadable;
    }

    public Integer getSustainable() {
        return sustainable;
    }

    public void setSustainable(Integer sustainable) {
        this.sustainable = sustainable;
    }

    public String getRecommendation() {
        return recommendation;
    }

    public void setRecommendation(String recommendation) {
        this.recommendation = recommendation;
    }
}
