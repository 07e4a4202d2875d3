package id.go.kemensos.replika.report;

import id.go.kemensos.replika.base.AuditableEvent;
import id.go.kemensos.replika.base.BusinessException;
import id.go.kemensos.replika.base.Texts;
import id.go.kemensos.replika.base.i18n.Formats;
import id.go.kemensos.replika.dashboard.DashboardService;
import id.go.kemensos.replika.dashboard.Portfolio;
import id.go.kemensos.replika.innovation.InnovationFilter;
import id.go.kemensos.replika.innovation.InnovationService;
import id.go.kemensos.replika.replication.ReplicationDetails;
import id.go.kemensos.replika.replication.ReplicationFilter;
import id.go.kemensos.replika.replication.ReplicationListItem;
import id.go.kemensos.replika.replication.ReplicationService;
import id.go.kemensos.replika.security.AppUserPrincipal;
import id.go.kemensos.replika.security.CurrentUser;
import id.go.kemensos.replika.security.Role;
import id.go.kemensos.replika.security.Roles;
import id.go.kemensos.replika.unit.UnitDetails;
import id.go.kemensos.replika.unit.UnitService;
import id.go.kemensos.replika.workshop.WorkshopService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Printable reports (PDF) in the user's language. Each reads through the feature services, so each keeps their
 * rules: a replication's report is for those who may open the replication's page (others get "not found"); a
 * unit's summary is for staff, and an operator prints only their own unit's; the annual portfolio is for those who
 * see the directors' dashboard. CSR partners print none.
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

    /** The most rows a report lists per table; a note says when there are more. */
    static final int ROWS_MAX = 500;
    /** Those who see the whole portfolio, as on the dashboard. */
    static final String OVERSEERS = "hasAnyRole('ADMIN','PANRB','DIRECTOR')";

    private final ReplicationService replications;
    private final UnitService units;
    private final InnovationService innovations;
    private final WorkshopService workshops;
    private final DashboardService dashboards;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    ReportService(ReplicationService replications, UnitService units, InnovationService innovations,
            WorkshopService workshops, DashboardService dashboards, ApplicationEventPublisher events) {
        this.events = events;
        this.replications = replications;
        this.units = units;
        this.innovations = innovations;
        this.workshops = workshops;
        this.dashboards = dashboards;
    }

    /** One replication's status report, e.g. {@code laporan-replikasi-25-2026-12-01.pdf}. */
    @PreAuthorize(Roles.STAFF)
    public ReportFile replicationStatus(long replicationId, Locale locale) {
        ReplicationDetails replication = replications.get(replicationId);
        Instant now = clock.instant();
        byte[] pdf = new ReplicationStatusReport(replication, locale, now).render();
        return printed(ReplicationService.RECORD_TYPE, replication.id(), new ReportFile("laporan-replikasi-"
                + replication.id() + "-" + LocalDate.ofInstant(now, Formats.ZONE) + ".pdf", pdf));
    }

    /** Whether the signed-in user may print the summary of unit {@code unitId}, as {@link #unitSummary} checks. */
    @PreAuthorize(Roles.STAFF)
    public boolean mayPrintUnitSummary(long unitId) {
        return mayPrint(CurrentUser.require(), unitId);
    }

    /** A unit's summary over {@code period}, e.g. {@code ringkasan-unit-st-kartini-2026.pdf}. */
    @PreAuthorize(Roles.STAFF)
    public ReportFile unitSummary(long unitId, ReportPeriod period, Locale locale) {
        if (!mayPrint(CurrentUser.require(), unitId)) {
            throw new AccessDeniedException("Operators print their own unit's summary only");
        }
        UnitDetails unit = units.get(unitId);
        InnovationFilter ofUnit = new InnovationFilter(null, unitId, null, null, null, null, null, null, false);
        UnitSummaryReport.Data data = new UnitSummaryReport.Data(unit, period,
                innovations.search(ofUnit, PageRequest.of(0, ROWS_MAX, Sort.by("code"))), innovations.count(ofUnit),
                innovations.awardsOfUnit(unitId, period.from().getYear(), period.to().getYear()),
                replications.ofUnit(unitId, period.from(), period.to(), ROWS_MAX),
                workshops.figuresOfUnit(unitId, period.from(), period.to()));
        byte[] pdf = new UnitSummaryReport(data, locale, clock.instant()).render();
        return printed(UnitService.RECORD_TYPE, unitId, new ReportFile("ringkasan-unit-" + fileSafe(unit.code())
                + "-" + period.fileLabel() + ".pdf", pdf));
    }

    /** A printed report is an export of the record's data: announced for the audit trail. */
    private ReportFile printed(String recordType, long recordId, ReportFile file) {
        events.publishEvent(new AuditableEvent(AuditableEvent.Kind.EXPORT, recordType, recordId,
                Map.of("report", file.fileName())));
        return file;
    }

    /**
     * The directors' dashboard for one calendar year (2014 to this year), e.g. {@code portofolio-tahunan-2026.pdf}:
     * the figures of {@link DashboardService#portfolio(Year)} and the replications behind its overdue count.
     */
    @PreAuthorize(OVERSEERS)
    public ReportFile annualPortfolio(Year year, Locale locale) {
        if (year == null) {
            throw new BusinessException("report.portfolio.yearRequired", "year");
        }
        Portfolio portfolio = dashboards.portfolio(year);
        ReplicationFilter overdue = new ReplicationFilter(null, Set.of(), null, null, null, null, year.getValue(),
                true, false);
        List<ReplicationListItem> overdueItems = replications.search(overdue,
                PageRequest.of(0, ROWS_MAX, Sort.by("lastReport", "adopting")));
        byte[] pdf = new AnnualPortfolioReport(new AnnualPortfolioReport.Data(portfolio, overdueItems), locale,
                clock.instant()).render();
        return new ReportFile("portofolio-tahunan-" + year.getValue() + ".pdf", pdf);
    }

    private static boolean mayPrint(AppUserPrincipal user, long unitId) {
        return !user.hasRole(Role.UPT_OPERATOR) || Objects.equals(user.getUnitId(), unitId);
    }

    /** A unit code as part of a file name: lower case letters, digits and dashes. */
    static String fileSafe(String code) {
        String safe = Texts.slug(code);
        return safe.isEmpty() ? "unit" : safe;
    }
}
