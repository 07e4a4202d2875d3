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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A competition result of an innovation: one per competition and year. */
@Entity
@Table(name = "award")
class Award extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "innovation_id", nullable = false, updatable = false)
    private Innovation innovation;

    @Column(name = "award_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private Competition competition;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "award_group", nullable = false, length = 20)
    private AwardGroup group;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "award_level", nullable = false, length = 20)
    private AwardLevel level;

    @Column(length = InnovationService.AWARD_NOTE_MAX)
    private String note;

    Award() {
    }

    Award(Innovation innovation) {
        this.innovation = innovation;
    }

    Innovation getInnovation() {
        return innovation;
    }

    int getYear() {
        return year;
    }

    void setYear(int year) {
        this.year = year;
    }

    Competition getCompetition() {
        return competition;
    }

    void setCompetition(Competition competition) {
        this.competition = competition;
    }

    AwardGroup getGroup() {
        return group;
    }

    void setGroup(AwardGroup group) {
        this.group = group;
    }

    AwardLevel getLevel() {
        return level;
    }

    void setLevel(AwardLevel level) {
        this.level = level;
    }

    String getNote() {
        return note;
    }

    void setNote(String note) {
        this.note = note;
    }
}
