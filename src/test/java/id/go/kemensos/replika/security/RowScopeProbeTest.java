package id.go.kemensos.replika.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import id.go.kemensos.replika.IntegrationTest;
import id.go.kemensos.replika.base.NotFoundException;
import id.go.kemensos.replika.base.export.ExportFiles;
import id.go.kemensos.replika.base.ui.ExportDownloads;
import id.go.kemensos.replika.dashboard.DashboardService;
import id.go.kemensos.replika.document.DocumentType;
import id.go.kemensos.replika.innovation.InnovationDetails;
import id.go.kemensos.replika.innovation.InnovationService;
import id.go.kemensos.replika.notification.Audience;
import id.go.kemensos.replika.notification.NotificationItem;
import id.go.kemensos.replika.notification.NotificationService;
import id.go.kemensos.replika.partner.PartnerService;
import id.go.kemensos.replika.replication.EvaluationForm;
import id.go.kemensos.replika.replication.MonitoringReportForm;
import id.go.kemensos.replika.replication.ReplicationFilter;
import id.go.kemensos.replika.replication.ReplicationForm;
import id.go.kemensos.replika.replication.ReplicationListItem;
import id.go.kemensos.replika.replication.ReplicationService;
import id.go.kemensos.replika.replication.UnitReplicationItem;
import id.go.kemensos.replika.replication.UnitReplications;
import id.go.kemensos.replika.report.ReportPeriod;
import id.go.kemensos.replika.report.ReportService;
import id.go.kemensos.replika.shell.AccessDeniedView;
import id.go.kemensos.replika.shell.NotFoundView;
import id.go.kemensos.replika.unit.UnitService;
import id.go.kemensos.replika.workshop.PartnerOverview;
import id.go.kemensos.replika.workshop.TestimonialForm;
import id.go.kemensos.replika.workshop.TestimonialItem;
import id.go.kemensos.replika.workshop.WorkshopFilter;
import id.go.kemensos.replika.workshop.WorkshopForm;
import id.go.kemensos.replika.workshop.WorkshopLatest;
import id.go.kemensos.replika.workshop.WorkshopListItem;
import id.go.kemensos.replika.workshop.WorkshopPeriodFigures;
import id.go.kemensos.replika.workshop.WorkshopReportForm;
import id.go.kemensos.replika.workshop.WorkshopService;
import id.go.kemensos.replika.workshop.WorkshopStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Row-level scope, probed from the outside: an operator (kartini, unit 10) and a CSR partner (mitra1, partner 1) ask
 * for records of another unit or partner by id, through every service operation and detail route that takes an
 * id, and through the lists, figures, PDF reports and exports. They get "not found" or "denied", never the data.
 * What is readable on purpose: every staff user reads all innovations (to find one to replicate, ADR 0008) and the
 * units' reference data; only changes are scoped there.
 */
@IntegrationTest
class RowScopeProbeTest extends SpringBrowserlessTest {

    private static final long OWN_UNIT = 10;
    private static final long OTHER_UNIT = 13;
    /** Soeharso's innovation 6 adopted by Wyata Guna (14): nothing to do with unit 10. */
    private static final long OTHER_REPLICATION = 32;
    /** A workshop coached by unit 13 and sponsored by partner 2. */
    private static final long OTHER_WORKSHOP = 9;
    /** Coached by unit 10 (kartini's) but sponsored by partner 2 and 4, not by mitra1's partner 1. */
    private static final long UNSPONSORED_WORKSHOP = 1;
    private static final long OTHER_INNOVATION = 6;
    private static final long OWN_PARTNER = 1;
    private static final long OTHER_PARTNER = 2;
    private static final LocalDate LONG_AGO = LocalDate.of(2000, 1, 1);
    private static final LocalDate FAR_AHEAD = LocalDate.of(2100, 12, 31);

    @Autowired
    InnovationService innovations;
    @Autowired
    ReplicationService replications;
    @Autowired
    WorkshopService workshops;
    @Autowired
    UnitService units;
    @Autowired
    PartnerService partners;
    @Autowired
    ReportService reports;
    @Autowired
    DashboardService dashboard;
    @Autowired
    NotificationService notifications;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    private final List<String> leaks = new ArrayList<>();
    private Path file;

    @BeforeEach
    void createFile() throws Exception {
        file = Files.createTempFile("probe", ".pdf");
        Files.writeString(file, "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n");
    }

    @AfterEach
    void deleteFile() throws Exception {
        Files.deleteIfExists(file);
    }

    // --- the operator ----------------------------------------------------------------------------------------------

    @Test
    @WithUserDetails("kartini")
    void anOperatorGetsNothingOfAnotherUnitsReplication() {
        long id = OTHER_REPLICATION;
        long version = version("replication", id);
        long document = anyDocument("REPLICATION", id);
        refused("get", () -> replications.get(id));
        refused("openDocument", () -> replications.openDocument(id, document));
        refused("uploadDocument", () -> replications.uploadDocument(id, DocumentType.OTHER, file, "x.pdf"));
        refused("deleteDocument", () -> run(() -> replications.deleteDocument(id, document)));
        refused("updatePlan", () -> replications.updatePlan(id, version, new ReplicationForm()));
        refused("submit", () -> replications.submit(id, version));
        refused("returnToDraft", () -> replications.returnToDraft(id, version, "alasan"));
        refused("approve", () -> replications.approve(id, version, null));
        refused("startImplementation", () -> replications.startImplementation(id, version, LocalDate.now()));
        refused("evaluate", () -> replications.evaluate(id, version, evaluation()));
        refused("institutionalise", () -> replications.institutionalise(id, version, null));
        refused("discontinue", () -> replications.discontinue(id, version, "alasan"));
        refused("addMonitoringReport", () -> replications.addMonitoringReport(id, version, monitoringReport()));
        refused("updateFacilitatorNote", () -> replications.updateFacilitatorNote(id, version, "catatan"));
        refused("replicationStatus PDF", () -> reports.replicationStatus(id, Locale.ENGLISH));
        assertThat(leaks).isEmpty();

        assertRoute("replications/" + id, NotFoundView.class);
    }

    @Test
    @WithUserDetails("kartini")
    void anOperatorsListsFiguresAndExportsHoldOnlyReplicationsTheirUnitTakesPartIn() {
        Set<Long> visible = Set.copyOf(jdbc.queryForList(
                "select id from replication where origin_unit_id = ? or adopting_unit_id = ?", Long.class,
                OWN_UNIT, OWN_UNIT));
        List<ReplicationFilter> foreign = List.of(ReplicationFilter.all(),
                new ReplicationFilter(null, Set.of(), null, 14L, null, null, null, false, false),
                new ReplicationFilter(null, Set.of(), OTHER_UNIT, null, null, null, null, false, false),
                new ReplicationFilter(null, Set.of(), null, null, null, OTHER_INNOVATION, null, false, false));
        for (ReplicationFilter filter : foreign) {
            List<Long> ids = replications.search(filter, PageRequest.of(0, 500)).stream()
                    .map(ReplicationListItem::id).toList();
            assertThat(visible).as("search %s", filter).containsAll(ids);
            assertThat(replications.count(filter)).as("count %s", filter).isEqualTo(ids.size());
            assertThat(total(replications.countByStatus(filter).values())).isEqualTo(ids.size());
            assertThat(replications.countByAdoptingUnit(filter).stream().mapToLong(a -> a.total()).sum())
                    .isEqualTo(ids.size());
            assertThat(replications.countByProvince(filter).stream().mapToLong(p -> p.total()).sum())
                    .isEqualTo(ids.size());
        }
        assertThat(replications.search(ReplicationFilter.all(), PageRequest.of(0, 500))).hasSize(visible.size());

        UnitReplications ofOther = replications.ofUnit(OTHER_UNIT, LONG_AGO, FAR_AHEAD, 500);
        assertThat(visible).containsAll(ofOther.adopted().stream().map(UnitReplicationItem::id).toList())
                .containsAll(ofOther.originated().stream().map(UnitReplicationItem::id).toList());

        UI.getCurrent().navigate("replications", QueryParameters.fromString("adopting=14"));
        byte[] csv = ExportDownloads.download(find(Anchor.class).withId("export-csv").single());
        assertThat(visible).as("the export").containsAll(ExportFiles.ids(csv));
        assertThat(ExportFiles.ids(csv)).doesNotContain(OTHER_REPLICATION);
    }

    @Test
    @WithUserDetails("kartini")
    void anOperatorGetsNothingOfAnotherUnitsWorkshop() {
        long id = OTHER_WORKSHOP;
        long version = version("workshop", id);
        long document = anyDocument("WORKSHOP", id);
        refused("get", () -> workshops.get(id));
        refused("lastReport", () -> workshops.lastReport(id));
        refused("documents", () -> workshops.documents(id));
        refused("openDocument", () -> workshops.openDocument(id, document));
        refused("uploadDocument", () -> workshops.uploadDocument(id, DocumentType.PHOTO, file, "x.pdf"));
        refused("deleteDocument", () -> run(() -> workshops.deleteDocument(id, document)));
        refused("update", () -> workshops.update(id, version, workshopForm()));
        refused("addReport", () -> workshops.addReport(id, workshopReport(), true));
        refused("addTestimonial", () -> workshops.addTestimonial(id, testimonial()));
        refused("create for another unit", () -> workshops.create(OTHER_UNIT, workshopForm()));
        refused("sponsorshipsOf", () -> workshops.sponsorshipsOf(OTHER_PARTNER));
        assertThat(leaks).isEmpty();

        Set<Long> own = Set.copyOf(jdbc.queryForList("select id from workshop where coaching_unit_id = ?",
                Long.class, OWN_UNIT));
        WorkshopFilter ofOtherUnit = new WorkshopFilter(null, OTHER_UNIT, null, null, null);
        assertThat(workshops.search(ofOtherUnit, PageRequest.of(0, 500))).isEmpty();
        assertThat(workshops.count(ofOtherUnit)).isZero();
        assertThat(workshops.search(WorkshopFilter.all(), PageRequest.of(0, 500)).stream()
                .map(WorkshopListItem::id).toList()).containsExactlyInAnyOrderElementsOf(own);
        assertThat(workshops.figuresOfUnit(OTHER_UNIT, LONG_AGO, FAR_AHEAD)).isEmpty();
        assertThat(own).containsAll(workshops.figuresOfUnit(OWN_UNIT, LONG_AGO, FAR_AHEAD).stream()
                .map(WorkshopPeriodFigures::workshopId).toList());
        assertThat(total(workshops.countByStatus().values())).isEqualTo(own.size());
        assertThat(own).containsAll(workshops.latestFigures(500).stream().map(WorkshopLatest::id).toList());
        assertThat(dashboard.unitDashboard().unitId()).isEqualTo(OWN_UNIT);

        assertRoute("workshops/" + id, NotFoundView.class);
        UI.getCurrent().navigate("workshops", QueryParameters.fromString("unit=" + OTHER_UNIT));
        byte[] csv = ExportDownloads.download(find(Anchor.class).withId("export-csv").single());
        assertThat(ExportFiles.ids(csv)).as("the export").isEmpty();
    }

    @Test
    @WithUserDetails("kartini")
    void anOperatorReadsAnotherUnitsInnovationAndUnitButChangesNeitherAndPrintsNoSummary() {
        InnovationDetails other = innovations.get(OTHER_INNOVATION);
        assertThat(other.originUnit().id()).isEqualTo(OTHER_UNIT);
        assertThat(other.permissions().edit()).isFalse();
        long document = anyDocument("INNOVATION", OTHER_INNOVATION);
        refused("update", () -> innovations.update(OTHER_INNOVATION, other.version(), other.toForm()));
        refused("uploadDocument", () -> innovations.uploadDocument(OTHER_INNOVATION, DocumentType.OTHER, file,
                "x.pdf"));
        refused("deleteDocument", () -> run(() -> innovations.deleteDocument(OTHER_INNOVATION, document)));
        refused("endorse", () -> innovations.endorse(OTHER_INNOVATION, other.version(), null));
        var unit = units.get(OTHER_UNIT);
        refused("unit update", () -> units.update(OTHER_UNIT, unit.version(), unit.toForm()));
        refused("unitSummary PDF", () -> reports.unitSummary(OTHER_UNIT, ReportPeriod.year(2025), Locale.ENGLISH));
        refused("partner", () -> partners.get(OTHER_PARTNER));
        assertThat(leaks).isEmpty();
        assertThat(reports.mayPrintUnitSummary(OTHER_UNIT)).isFalse();

        assertRoute("innovations/" + OTHER_INNOVATION, null);
        assertThat(find(Button.class).withId("innovation-save").all()).as("no save on another unit's innovation")
                .allMatch(button -> !button.isVisible());
        assertRoute("units/" + OTHER_UNIT, null);
        assertThat(find(Button.class).withId("report-unit").all()).as("no summary of another unit").isEmpty();
        assertRoute("partners/" + OTHER_PARTNER, AccessDeniedView.class);
    }

    @Test
    @WithUserDetails("kartini")
    void anOperatorCannotReadOrMarkAnotherUnitsNotification() {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            status.setRollbackOnly();
            long id = jdbc.queryForObject("select coalesce(max(id), 0) from notification", Long.class) + 1;
            notifications.notifySystem(Audience.unit(Role.UPT_OPERATOR, OTHER_UNIT), "notification.replication.returned",
                    List.of("a", "b", "c"), "replications/" + OTHER_REPLICATION, "probe-" + System.nanoTime());
            long created = jdbc.queryForObject("select max(id) from notification", Long.class);
            assertThat(created).isGreaterThanOrEqualTo(id);
            assertThat(notifications.latest(50)).extracting(NotificationItem::id).doesNotContain(created);
            refused("markRead", () -> run(() -> notifications.markRead(created)));
        });
        assertThat(leaks).isEmpty();
    }

    // --- the CSR partner -------------------------------------------------------------------------------------------

    @Test
    @WithUserDetails("mitra1")
    void aPartnerGetsNothingOfWorkshopsItDoesNotSponsor() {
        Set<Long> sponsored = Set.copyOf(jdbc.queryForList(
                "select distinct workshop_id from sponsorship where partner_id = ?", Long.class, OWN_PARTNER));
        assertThat(sponsored).doesNotContain(UNSPONSORED_WORKSHOP, OTHER_WORKSHOP);
        for (long id : List.of(UNSPONSORED_WORKSHOP, OTHER_WORKSHOP)) {
            refused("get " + id, () -> workshops.get(id));
            refused("lastReport " + id, () -> workshops.lastReport(id));
            refused("documents " + id, () -> workshops.documents(id));
        }
        refused("partner", () -> partners.get(OTHER_PARTNER));
        refused("sponsorshipsOf", () -> workshops.sponsorshipsOf(OTHER_PARTNER));
        refused("replication", () -> replications.get(OTHER_REPLICATION));
        refused("innovation", () -> innovations.get(OTHER_INNOVATION));
        refused("unit", () -> units.get(OTHER_UNIT));
        refused("replicationStatus PDF", () -> reports.replicationStatus(OTHER_REPLICATION, Locale.ENGLISH));
        refused("unitSummary PDF", () -> reports.unitSummary(OWN_UNIT, ReportPeriod.year(2025), Locale.ENGLISH));
        assertThat(leaks).isEmpty();

        assertThat(partners.ownPartner()).hasValueSatisfying(partner -> assertThat(partner.id()).isEqualTo(1));
        for (WorkshopFilter filter : List.of(WorkshopFilter.all(), new WorkshopFilter(null, null, null, null,
                OTHER_PARTNER), new WorkshopFilter(null, OTHER_UNIT, null, null, null))) {
            List<Long> ids = workshops.search(filter, PageRequest.of(0, 500)).stream().map(WorkshopListItem::id)
                    .toList();
            assertThat(sponsored).as("search %s", filter).containsAll(ids);
            assertThat(workshops.count(filter)).isEqualTo(ids.size());
        }
        assertThat(workshops.search(WorkshopFilter.all(), PageRequest.of(0, 500))).hasSize(sponsored.size());
        assertThat(total(workshops.countByStatus().values())).isEqualTo(sponsored.size());
        assertThat(sponsored).containsAll(workshops.latestFigures(500).stream().map(WorkshopLatest::id).toList());
        PartnerOverview overview = workshops.partnerOverview();
        assertThat(sponsored).containsAll(overview.workshops().stream().map(PartnerOverview.Headline::workshopId)
                .toList());
        assertThat(sponsored).containsAll(overview.testimonials().stream().map(TestimonialItem::workshopId)
                .toList());

        assertRoute("workshops/" + UNSPONSORED_WORKSHOP, NotFoundView.class);
        assertRoute("workshops/" + OTHER_WORKSHOP, NotFoundView.class);
        assertRoute("partners/" + OTHER_PARTNER, AccessDeniedView.class);
        assertRoute("replications/" + OTHER_REPLICATION, AccessDeniedView.class);
        assertRoute("innovations/" + OTHER_INNOVATION, AccessDeniedView.class);
        assertRoute("units/" + OTHER_UNIT, AccessDeniedView.class);
        UI.getCurrent().navigate("workshops", QueryParameters.fromString("sponsor=" + OTHER_PARTNER));
        byte[] csv = ExportDownloads.download(find(Anchor.class).withId("export-csv").single());
        assertThat(sponsored).as("the export").containsAll(ExportFiles.ids(csv));
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    /** Expects "not found" or "denied"; anything else, a result above all, is a leak. Writes are rolled back. */
    private void refused(String what, Callable<?> call) {
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        try {
            Object result = transaction.execute(status -> {
                status.setRollbackOnly();
                try {
                    return call.call();
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            leaks.add(what + " answered " + result);
        } catch (NotFoundException | AccessDeniedException expected) {
            // refused, as it should be
        } catch (RuntimeException other) {
            leaks.add(what + " failed otherwise: " + other);
        }
    }

    private static Object run(Runnable action) {
        action.run();
        return "done";
    }

    private void assertRoute(String path, Class<?> expected) {
        UI.getCurrent().navigate(path);
        HasElement shown = UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
        if (expected == null) {
            assertThat(shown).as(path + " is readable on purpose")
                    .isNotInstanceOfAny(NotFoundView.class, AccessDeniedView.class);
        } else {
            assertThat(shown).as(path).isInstanceOf(expected);
        }
    }

    private long version(String table, long id) {
        return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
    }

    /** A real document of the record if it has one (the demo evidence), else an id nobody has. */
    private long anyDocument(String ownerType, long ownerId) {
        return jdbc.queryForList("select id from document where owner_type = ? and owner_id = ? limit 1",
                Long.class, ownerType, ownerId).stream().findFirst().orElse(999_999_999L);
    }

    private static long total(java.util.Collection<Long> counts) {
        return counts.stream().mapToLong(Long::longValue).sum();
    }

    private static EvaluationForm evaluation() {
        EvaluationForm form = new EvaluationForm();
        form.setNovel(4);
        form.setEffective(4);
        form.setBeneficial(4);
        form.setSpreadable(4);
        form.setSustainable(4);
        form.setRecommendation("Lanjutkan");
        return form;
    }

    private static MonitoringReportForm monitoringReport() {
        MonitoringReportForm form = new MonitoringReportForm();
        form.setYear(2025);
        form.setQuarter(1);
        form.setPeopleServed(10);
        form.setProgressPercent(50);
        return form;
    }

    private static WorkshopForm workshopForm() {
        WorkshopForm form = new WorkshopForm();
        form.setName("Probe workshop");
        form.setRegency("Kabupaten Probe");
        form.setProvince("Jawa Tengah");
        form.setStatus(WorkshopStatus.values()[0]);
        return form;
    }

    private static WorkshopReportForm workshopReport() {
        WorkshopReportForm form = new WorkshopReportForm();
        form.setMonth(LocalDate.of(2020, 1, 1));
        form.setMembers(1);
        form.setMentors(1);
        form.setUnitsProduced(1);
        form.setRevenue(1L);
        form.setAverageIncome(1L);
        return form;
    }

    private static TestimonialForm testimonial() {
        TestimonialForm form = new TestimonialForm();
        form.setSpeakerName("Probe");
        form.setSaidOn(LocalDate.of(2020, 1, 1));
        form.setText("Probe");
        return form;
    }
}
