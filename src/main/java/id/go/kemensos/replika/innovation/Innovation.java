package id.go.kemensos.replika.innovation;

import id.go.kemensos.replika.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A public-service innovation of one unit, with its best award kept alongside so grids need no extra query. */
@Entity
@Table(name = "innovation")
class Innovation extends AbstractEntity {

    @Column(nullable = false, length = InnovationService.CODE_MAX, updatable = false)
    private String code;

    @Column(nullable = false, length = InnovationService.TITLE_MAX)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "origin_unit_id", nullable = false)
    private OriginUnit originUnit;

    @Column(length = InnovationService.INNOVATORS_MAX)
    private String innovators;

    @Column(name = "year_started", nullable = false)
    private int yearStarted;

    @Column(length = InnovationService.CATEGORY_MAX)
    private String category;

    @Column(length = InnovationService.TEXT_MAX)
    private String problem;

    @Column(length = InnovationService.TEXT_MAX)
    private String solution;

    @Column(length = InnovationService.TEXT_MAX)
    private String impact;

    @Column(nullable = false)
    private boolean digital;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Stage stage;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Sustainability sustainability;

    @Column(nullable = false)
    private boolean endorsed;

    @Column(name = "endorsed_by", length = 150)
    private String endorsedBy;

    @Column(name = "endorsed_at")
    private Instant endorsedAt;

    @Column(name = "endorsement_note", length = InnovationService.NOTE_MAX)
    private String endorsementNote;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "best_award_competition", length = 10)
    private Competition bestAwardCompetition;

    @Column(name = "best_award_year")
    private Integer bestAwardYear;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "best_award_level", length = 20)
    private AwardLevel bestAwardLevel;

    @Column(name = "best_award_rank")
    private Integer bestAwardRank;

    Innovation() {
    }

    Innovation(String code) {
        this.code = code;
    }

    /** The values a form sets (with the origin unit), to tell whether applying one changed anything. */
    List<Object> formValues() {
        return Arrays.asList(originUnit == null ? null : originUnit.getId(), title, innovators, yearStarted, category,
                problem, solution, impact, digital, stage, sustainability);
    }

    String getCode() {
        return code;
    }

    String getTitle() {
        return title;
    }

    void setTitle(String title) {
        this.title = title;
    }

    OriginUnit getOriginUnit() {
        return originUnit;
    }

    void setOriginUnit(OriginUnit originUnit) {
        this.originUnit = originUnit;
    }

    String getInnovators() {
        return innovators;
    }

    void setInnovators(String innovators) {
        this.innovators = innovators;
    }

    int getYearStarted() {
        return yearStarted;
    }

    void setYearStarted(int yearStarted) {
        this.yearStarted = yearStarted;
    }

    String getCategory() {
        return category;
    }

    void setCategory(String category) {
        this.category = category;
    }

    String getProblem() {
        return problem;
    }

    void setProblem(String problem) {
        this.problem = problem;
    }

    String getSolution() {
        return solution;
    }

    void setSolution(String solution) {
        this.solution = solution;
    }

    String getImpact() {
        return impact;
    }

    void setImpact(String impact) {
        this.impact = impact;
    }

    boolean isDigital() {
        return digital;
    }

    void setDigital(boolean digital) {
        this.digital = digital;
    }

    Stage getStage() {
        return stage;
    }

    void setStage(Stage stage) {
        this.stage = stage;
    }

    Sustainability getSustainability() {
        return sustainability;
    }

    void setSustainability(Sustainability sustainability) {
        this.sustainability = sustainability;
    }

    boolean isEndorsed() {
        return endorsed;
    }

    String getEndorsedBy() {
        return endorsedBy;
    }

    Instant getEndorsedAt() {
        return endorsedAt;
    }

    String getEndorsementNote() {
        return endorsementNote;
    }

    void endorse(String by, Instant at, String note) {
        endorsed = true;
        endorsedBy = by;
        endorsedAt = at;
        endorsementNote = note;
    }

    /** Withdrawal keeps who and when it happened, and why, in the same fields. */
    void withdrawEndorsement(String by, Instant at, String note) {
        endorsed = false;
        endorsedBy = by;
        endorsedAt = at;
        endorsementNote = note;
    }

    Competition getBestAwardCompetition() {
        return bestAwardCompetition;
    }

    Integer getBestAwardYear() {
        return bestAwardYear;
    }

    AwardLevel getBestAwardLevel() {
        return bestAwardLevel;
    }

    void setBestAward(Award best) {
        bestAwardCompetition = best == null ? null : best.getCompetition();
        bestAwardYear = best == null ? null : best.getYear();
        bestAwardLevel = best == null ? null : best.getLevel();
        bestAwardRank = best == null ? null : best.getLevel().rank();
    }
}
