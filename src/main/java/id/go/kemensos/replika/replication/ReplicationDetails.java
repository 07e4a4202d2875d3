package id.go.kemensos.replika.replication;

import id.go.kemensos.replika.document.DocumentInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A whole replication as its page shows it, with what the signed-in user may do now. The actions and flags come
 * from the same rules the service enforces.
 */
public record ReplicationDetails(long id, long version, long innovationId, String innovationCode,
        String innovationTitle, long originUnitId, String originUnitName, long adoptingUnitId,
        String adoptingUnitName, ReplicationStatus status, Instant statusSince, String facilitatorNote,
        LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart, LocalDate actualEnd, String adaptations,
        int progressPercent, Instant lastReportAt, boolean overdue, List<TransitionItem> transitions,
        List<MonitoringReportItem> reports, EvaluationItem evaluation, List<DocumentInfo> documents,
        Set<ReplicationAction> allowedActions, boolean mayEditPlan, boolean mayEditNote, boolean mayReport, boolean mayManageDocuments,
        String createdBy, Instant createdAt, String modifiedBy, Instant modifiedAt) {

    public ReplicationForm toForm() {
        ReplicationForm form = new ReplicationForm();
        form.setFacilitatorNote(facilitatorNote);
        form.setPlannedStart(plannedStart);
        form.setPlannedEnd(plannedEnd);
        form.setAdaptations(adaptations);
        return form;
    }
}
