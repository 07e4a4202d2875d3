package id.go.kemensos.replika.innovation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What PANRB, a director or an administrator enters for an award. The upper year bound is checked by the service. */
public class AwardForm {

    @NotNull(message = "award.validation.yearRequired")
    @Min(value = InnovationService.FIRST_AWARD_YEAR, message = "award.validation.yearRange")
    @Max(value = 9999, message = "award.validation.yearRange")
    private Integer year;

    @NotNull(message = "award.validation.competitionRequired")
    private Competition competition;

    @NotNull(message = "award.validation.groupRequired")
    private AwardGroup group;

    @NotNull(message = "award.validation.levelRequired")
    private AwardLevel level;

    @Size(max = InnovationService.AWARD_NOTE_MAX, message = "validation.tooLong:{max}")
    private String note;

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Competition getCompetition() {
        return competition;
    }

    public void setCompetition(Competition competition) {
        this.competition = competition;
    }

    public AwardGroup getGroup() {
        return group;
    }

    public void setGroup(AwardGroup group) {
        this.group = group;
    }

    public AwardLevel getLevel() {
        return level;
    }

    public void setLevel(AwardLevel level) {
        this.level = level;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
