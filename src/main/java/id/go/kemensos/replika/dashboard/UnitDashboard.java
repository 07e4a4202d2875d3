package id.go.kemensos.replika.dashboard;

import id.go.kemensos.replika.replication.ReplicationStatus;
import id.go.kemensos.replika.workshop.WorkshopLatest;
import java.util.List;
import java.util.Map;

/**
 * An operator's figures for their own unit.
 *
 * @param drafts             replications their unit adopts that are still drafts
 * @param approvedNotStarted approved replications their unit adopts, not yet started
 * @param reportsDue         implementing replications their unit adopts whose quarterly report is due (overdue included)
 * @param reportsOverdue     of those, the ones past the overdue limit
 * @param adopting           replications their unit adopts, per status
 * @param originating        replications of their unit's innovations by other units, per status
 * @param workshops          the workshops their unit coaches, by name, with the latest month's figures
 * @param workshopCount      how many workshops their unit coaches (may exceed the list)
 */
public record UnitDashboard(long unitId, long drafts, long approvedNotStarted, long reportsDue, long reportsOverdue,
        Map<ReplicationStatus, Long> adopting, Map<ReplicationStatus, Long> originating,
        List<WorkshopLatest> workshops, long workshopCount) {
}
