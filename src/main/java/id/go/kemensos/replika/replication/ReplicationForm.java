package id.go.kemensos.replika.replication;

import id.go.kemensos.replika.base.validation.PlausibleDate;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The plan of a replication, kept up to date by the adopting unit. */
public class ReplicationForm {

    @Size(max = ReplicationService.TEXT_MAX, message = "validation.tooLong:{max}")
    private String facilitatorNote;

    @PlausibleDate
    private LocalDate plannedStart;

    @PlausibleDate
    private LocalDate plannedEnd;

    @Size(max = ReplicationService.TEXT_MAX, message = "validation.tooLong:{max}")
    private String adaptations;

    public String getFacilitatorNote() {
        return facilitatorNote;
    }

    public void setFacilitatorNote(String facilitatorNote) {
        this.facilitatorNote = facilitatorNote;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public void setPlannedStart(LocalDate plannedStart) {
        this.plannedStart = plannedStart;
    }

    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    public void setPlannedEnd(LocalDate plannedEnd) {
        this.plannedEnd = plannedEnd;
    }

    public String getAdaptations() {
        return adaptations;
    }

    public void setAdaptations(String adaptations) {
        this.adaptations = adaptations;
    }
}
