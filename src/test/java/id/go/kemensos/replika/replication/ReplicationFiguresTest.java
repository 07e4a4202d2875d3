package id.go.kemensos.replika.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.kemensos.replika.IntegrationTest;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The grouped counts the dashboards read, and the "report due" filter. Relative to whatever the shared database
 * holds; fixtures are rolled back.
 */
@IntegrationTest
class ReplicationFiguresTest {

    static final long KARTINI = 10;
    static final long SOEHARSO = 13;
    static final long SOEHARSO_INNOVATION = 6;

    @Autowired
    ReplicationService service;

    @Autowired
    EntityManager entityManager;

    @Test
    @WithUserDetails("direktur")
    void theGroupedCountsAddUpToTheGridsCounts() {
        long all = service.count(ReplicationFilter.all());
        List<AdoptingUnitCount> units = service.countByAdoptingUnit(ReplicationFilter.all());
        assertThat(units.stream().mapToLong(AdoptingUnitCount::total).sum()).isEqualTo(all);
        assertThat(units).isSortedAccordingTo((a, b) -> Long.compare(b.total(), a.total()));
        for (AdoptingUnitCount unit : units.subList(0, 3)) {
            ReplicationFilter adopting = new ReplicationFilter(null, Set.of(), null, unit.unitId(), null, null, null,
                    false);
            assertThat(unit.total()).isEqualTo(service.count(adopting));
            assertThat(unit.byStatus()).isEqualTo(service.countByStatus(adopting));
        }
        List<ProvinceReplications> provinces = service.countByProvince(ReplicationFilter.all());
        assertThat(provinces.stream().mapToLong(ProvinceReplications::total).sum()).isEqualTo(all);
        ProvinceReplications first = provinces.get(0);
        assertThat(first.total()).isEqualTo(service.count(new ReplicationFilter(null, Set.of(), null, null,
                first.province(), null, null, false)));
    }

    @Test
    @WithUserDetails("kartini")
    void anOperatorsGroupedCountsCoverOnlyTheReplicationsOfTheirUnit() {
        long visible = service.count(ReplicationFilter.all());
        assertThat(service.countByAdoptingUnit(ReplicationFilter.all()).stream()
                .mapToLong(AdoptingUnitCount::total).sum()).isEqualTo(visible);
        assertThat(service.countByProvince(ReplicationFilter.all()).stream()
                .mapToLong(ProvinceReplications::total).sum()).isEqualTo(visible);
        // Wyata Guna (14) adopts four demo replications, but only one of Kartini's innovations (10)
        assertThat(service.countByAdoptingUnit(ReplicationFilter.all())).filteredOn(unit -> unit.unitId() == 14)
                .singleElement().satisfies(unit -> assertThat(unit.total()).isEqualTo(service.count(
                        new ReplicationFilter(null, Set.of(), KARTINI, 14L, null, null, null, false))));
    }

    @Test
    @WithUserDetails("kartini")
    void onlyThoseWhoOverseeEveryUnitListTheIdleOnes() {
        assertThatThrownBy(() -> service.idleAdoptingUnits(null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @Transactional
    @WithUserDetails("direktur")
    void aReportIsDueAQuarterAfterTheLastOneAndOverdueAfterTheLimit() {
        ReplicationFilter due = new ReplicationFilter(null, Set.of(), null, KARTINI, null, null, null, false, true);
        ReplicationFilter overdue = new ReplicationFilter(null, Set.of(), null, KARTINI, null, null, null, true,
                false);
        long dueBefore = service.count(due);
        long overdueBefore = service.count(overdue);

        implementing(Duration.ofDays(30));
        long dueSoon = implementing(Duration.ofDays(service.reportDueDays() + 5));
        long late = implementing(Duration.ofDays(service.overdueDays() + 5));
        entityManager.flush();

        assertThat(service.reportDueDays()).isEqualTo(90);
        assertThat(service.count(due)).as("due: the quarterly report and the late one").isEqualTo(dueBefore + 2);
        assertThat(service.count(overdue)).as("overdue: only the late one").isEqualTo(overdueBefore + 1);
        assertThat(service.search(due, PageRequest.of(0, 500)))
                .extracting(ReplicationListItem::id).contains(dueSoon, late);
        assertThat(service.search(due, PageRequest.of(0, 500)))
                .allMatch(item -> item.status() == ReplicationStatus.IMPLEMENTING);
    }

    /** An implementing replication (Soeharso's innovation, adopted by Kartini) whose last report is that old. */
    private long implementing(Duration sinceLastReport) {
        Replication replication = new Replication(entityManager.getReference(InnovationView.class,
                SOEHARSO_INNOVATION), entityManager.getReference(UnitView.class, SOEHARSO),
                entityManager.getReference(UnitView.class, KARTINI), Instant.now());
        replication.moveTo(ReplicationStatus.IMPLEMENTING, Instant.now().minus(Duration.ofDays(400)));
        replication.recordReport(20, Instant.now().minus(sinceLastReport));
        entityManager.persist(replication);
        return replication.getId();
    }
}
