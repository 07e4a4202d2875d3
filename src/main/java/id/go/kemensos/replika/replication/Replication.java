package id.go.kemensos.replika.replication;

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
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One unit adopting another unit's innovation. Its status changes only through {@link ReplicationService}. */
@Entity
@Table(name = "replication")
class Replication extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "innovation_id", nullable = false, updatable = false)
    private InnovationView sourceInnovation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "origin_unit_id", nullable = false, updatable = false)
    private UnitView originUnit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "adopting_unit_id", nullable = false, updatable = false)
    private UnitView adoptingUnit;

    /** The adopting unit's province, copied for the grid's indexes; a trigger follows changes to the unit. */
    @Column(name = "adopting_province", updatable = false)
    private String adoptingProvince;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ReplicationStatus status;

    @Column(name = "status_since", nullable = false)
    private Instant statusSince;

    @Column(name = "facilitator_note", length = ReplicationService.TEXT_MAX)
    private String facilitatorNote;

    @Column(name = "planned_start")
    private LocalDate plannedStart;

    @Column(name = "planned_end")
    private LocalDate plannedEnd;

    @Column(name = "actual_start")
    private LocalDate actualStart;

    @Column(name = "actual_end")
    private LocalDate actualEnd;

    @Column(length = ReplicationService.TEXT_MAX)
    private String adaptations;

    @Column(name = "progress_percent", nullable = false)
    private int progressPercent;

    @Column(name = "last_report_at")
    private Instant lastReportAt;

    Replication() {
    }

    Replication(InnovationView innovation, UnitView originUnit, UnitView adoptingUnit, Instant now) {
        this.sourceInnovation = innovation;
        this.originUnit = originUnit;
        this.adoptingUnit = adoptingUnit;
        this.adoptingProvince = adoptingUnit.getProvince();
        this.status = ReplicationStatus.DRAFT;
        this.statusSince = now;
    }

    InnovationView getSourceInnovation() {
        return sourceInnovation;
    }

    UnitView getOriginUnit() {
        return originUnit;
    }

    UnitView getAdoptingUnit() {
        return adoptingUnit;
    }

    ReplicationStatus getStatus() {
        return status;
    }

    Instant getStatusSince() {
        return statusSince;
    }

    void moveTo(ReplicationStatus next, Instant at) {
        status = next;
        statusSince = at;
    }

    String getFacilitatorNote() {
        return facilitatorNote;
    }

    void setFacilitatorNote(String facilitatorNote) {
        this.facilitatorNote = facilitatorNote;
    }

    LocalDate getPlannedStart() {
        return plannedStart;
    }

    void setPlannedStart(LocalDate plannedStart) {
        this.plannedStart = plannedStart;
    }

    LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    void setPlannedEnd(LocalDate plannedEnd) {
        this.plannedEnd = plannedEnd;
    }

    LocalDate getActualStart() {
        return actualStart;
    }

    void setActualStart(LocalDate actualStart) {
        this.actualStart = actualStart;
    }

    LocalDate getActualEnd() {
        return actualEnd;
    }

    void setActualEnd(LocalDate actualEnd) {
        this.actualEnd = actualEnd;
    }

    String getAdaptations() {
        return adaptations;
    }

    void setAdaptations(String adaptations) {
        this.adaptations = adaptations;
    }

    int getProgressPercent() {
        return progressPercent;
    }

    Instant getLastReportAt() {
        return lastReportAt;
    }

    void recordReport(int progress, Instant at) {
        progressPercent = progress;
        lastReportAt = at;
    }
}
