package id.go.kemensos.replika.dashboard;

import id.go.kemensos.replika.innovation.AwardedInnovations;
import id.go.kemensos.replika.innovation.Stage;
import id.go.kemensos.replika.innovation.Sustainability;
import id.go.kemensos.replika.replication.ProvinceReplications;
import id.go.kemensos.replika.replication.ReplicationStatus;
import id.go.kemensos.replika.replication.AdoptingUnitCount;
import java.time.Year;
import java.util.List;
import java.util.Map;

/**
 * The directors' figures, all time ({@code year} null) or for one calendar year. For a year: replications and
 * innovations are those begun (started) in it, with the status and stage they have now; awards are that year's;
 * workshop months are that year's; workshop statuses are always as they stand now.
 *
 * @param funnel            replications in each status, every status present
 * @param topAdoptingUnits  the adopting units with most replications, at most {@link DashboardService#TOP_UNITS}
 * @param idleUnits         active UPTs that adopt no replication (none begun in the year), with zero counts
 * @param byProvince        replications per province of the adopting unit, the province with most first
 * @param overdueReports    implementing replications whose monitoring report is overdue
 * @param innovations       innovations per stage and sustainability, every combination present
 * @param achievements      per year (2014 to this year, or the one year) innovations per award level
 */
public record Portfolio(Year year, Map<ReplicationStatus, Long> funnel, List<AdoptingUnitCount> topAdoptingUnits,
        List<AdoptingUnitCount> idleUnits, List<ProvinceReplications> byProvince, long overdueReports,
        Map<Stage, Map<Sustainability, Long>> innovations, List<AwardedInnovations> achievements,
        WorkshopTotals workshops) {

    public long replications() {
        return funnel.values().stream().mapToLong(Long::longValue).sum();
    }

    public long innovationCount() {
        return innovations.values().stream().flatMap(row -> row.values().stream()).mapToLong(Long::longValue).sum();
    }
}
