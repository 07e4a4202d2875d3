package id.go.kemensos.replika.dashboard;

import id.go.kemensos.replika.base.BusinessException;
import id.go.kemensos.replika.base.i18n.Formats;
import id.go.kemensos.replika.innovation.InnovationService;
import id.go.kemensos.replika.replication.ReplicationFilter;
import id.go.kemensos.replika.replication.ReplicationService;
import id.go.kemensos.replika.replication.ReplicationStatus;
import id.go.kemensos.replika.security.AppUserPrincipal;
import id.go.kemensos.replika.security.CurrentUser;
import id.go.kemensos.replika.workshop.WorkshopLatest;
import id.go.kemensos.replika.workshop.WorkshopService;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of each role's home page, read through the features' grouped queries (nothing is counted in Java),
 * each feature applying its own row-level scope. The directors' figures can also be had for one calendar year.
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    /** How many adopting units the directors' ranking shows. */
    public static final int TOP_UNITS = 10;
    /** How many of their workshops an operator's home lists. */
    public static final int WORKSHOP_ROWS = 10;
    /** The window of the workshops' monthly figures when no year is asked for. */
    public static final int MONTHS = 24;

    static final String OVERSEERS = "hasAnyRole('ADMIN','PANRB','DIRECTOR')";

    private final ReplicationService replications;
    private final InnovationService innovations;
    private final WorkshopService workshops;

    DashboardService(ReplicationService replications, InnovationService innovations, WorkshopService workshops) {
        this.replications = replications;
        this.innovations = innovations;
        this.workshops = workshops;
    }

    /** The directors' figures: all time when {@code year} is null, otherwise for that calendar year. */
    @PreAuthorize(OVERSEERS)
    public Portfolio portfolio(Year year) {
        LocalDate thisMonth = LocalDate.now(Formats.ZONE).withDayOfMonth(1);
        int thisYear = thisMonth.getYear();
        if (year != null && (year.getValue() < InnovationService.FIRST_AWARD_YEAR || year.getValue() > thisYear)) {
            throw new BusinessException("dashboard.validation.year", "year",
                    String.valueOf(InnovationService.FIRST_AWARD_YEAR), String.valueOf(thisYear));
        }
        Integer only = year == null ? null : year.getValue();
        ReplicationFilter begun = new ReplicationFilter(null, Set.of(), null, null, null, null, only, false, false);
        ReplicationFilter overdue = new ReplicationFilter(null, Set.of(), null, null, null, null, only, true, false);
        LocalDate from = year == null ? thisMonth.minusMonths(MONTHS) : LocalDate.of(only, 1, 1);
        LocalDate to = year == null || only == thisYear ? thisMonth.minusMonths(1) : LocalDate.of(only, 12, 1);
        return new Portfolio(year, replications.countByStatus(begun),
                replications.countByAdoptingUnit(begun).stream().limit(TOP_UNITS).toList(),
                replications.idleAdoptingUnits(only), replications.countByProvince(begun),
                replications.count(overdue), innovations.countByStageAndSustainability(only),
                innovations.countAwardedInnovations(year == null ? InnovationService.FIRST_AWARD_YEAR : only,
                        year == null ? thisYear : only),
                new WorkshopTotals(workshops.countByStatus(), workshops.monthlyTotals(from, to)));
    }

    /** An operator's figures: what waits for their unit, its replications and its workshops. */
    @PreAuthorize("hasRole('UPT_OPERATOR')")
    public UnitDashboard unitDashboard() {
        AppUserPrincipal user = CurrentUser.require();
        if (user.getUnitId() == null) {
            throw new AccessDeniedException("An operator without a unit has no unit dashboard");
        }
        long unit = user.getUnitId();
        Map<ReplicationStatus, Long> adopting = replications.countByStatus(
                new ReplicationFilter(null, Set.of(), null, unit, null, null, null, false, false));
        Map<ReplicationStatus, Long> originating = replications.countByStatus(
                new ReplicationFilter(null, Set.of(), unit, null, null, null, null, false, false));
        long due = replications.count(new ReplicationFilter(null, Set.of(), null, unit, null, null, null, false, true));
        long overdue = replications.count(
                new ReplicationFilter(null, Set.of(), null, unit, null, null, null, true, false));
        List<WorkshopLatest> latest = workshops.latestFigures(WORKSHOP_ROWS);
        long workshopCount = workshops.countByStatus().values().stream().mapToLong(Long::longValue).sum();
        return new UnitDashboard(unit, adopting.get(ReplicationStatus.DRAFT), adopting.get(ReplicationStatus.APPROVED),
                due, overdue, adopting, originating, latest, workshopCount);
    }
}
