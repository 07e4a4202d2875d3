package id.go.kemensos.replika.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.kemensos.replika.IntegrationTest;
import id.go.kemensos.replika.base.BusinessException;
import id.go.kemensos.replika.base.NotFoundException;
import id.go.kemensos.replika.base.i18n.Formats;
import jakarta.persistence.EntityManagerFactory;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** Demo data: Rumah Kinasih (1) and Batik Barokah (2) coached by Kartini; mitra1 sponsors 2, 4, 7, 10; mitra2 1, 5, 9, 15. */
@IntegrationTest
class WorkshopServiceTest {

    static final long RUMAH_KINASIH = 1;
    static final long BATIK_BAROKAH = 2;

    @Autowired
    WorkshopService service;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    @WithUserDetails("direktur")
    void directorsSeeEveryWorkshopWithItsFiguresInOneStatement() {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        List<WorkshopListItem> page = service.search(WorkshopFilter.all(), PageRequest.of(0, 50, Sort.by("name")));
        assertThat(statistics.getPrepareStatementCount()).as("one statement for the page").isEqualTo(1);
        assertThat(page).hasSizeGreaterThanOrEqualTo(15);
        WorkshopListItem kinasih = page.stream().filter(w -> w.id() == RUMAH_KINASIH).findFirst().orElseThrow();
        assertThat(kinasih.regency()).contains("Blitar");
        assertThat(kinasih.latestMembers()).isBetween(40, 60);
        assertThat(kinasih.revenue12Months()).isPositive();
        assertThat(kinasih.sponsors()).isNotBlank();
    }

    @Test
    @WithUserDetails("panrb")
    void staffFilterBySponsorAndProvince() {
        SponsorRef first = service.sponsorLookup("Listrik", 0, 10).getFirst();
        assertThat(service.search(new WorkshopFilter(null, null, null, null, first.id()), PageRequest.of(0, 100)))
                .isNotEmpty().allMatch(w -> w.sponsors().contains(first.name()));
        assertThat(service.search(new WorkshopFilter(null, null, "Jawa Timur", null, null), PageRequest.of(0, 100)))
                .isNotEmpty().allMatch(w -> w.province().equals("Jawa Timur"));
    }

    @Test
    @WithUserDetails("mitra1")
    void partnersCannotLookUpOtherPartners() {
        assertThatThrownBy(() -> service.sponsorLookup("", 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("kartini")
    void operatorsSeeOnlyWhatTheirUnitCoaches() {
        assertThat(service.search(WorkshopFilter.all(), PageRequest.of(0, 100)))
                .isNotEmpty().allMatch(w -> w.coachingUnitName().equals("Sentra Terpadu Kartini"));
        assertThat(service.get(BATIK_BAROKAH).mayEdit()).isTrue();
    }

    @Test
    @WithUserDetails("soeharso")
    void anotherUnitsWorkshopIsNotFound() {
        assertThatThrownBy(() -> service.get(RUMAH_KINASIH)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.addReport(RUMAH_KINASIH, report(LocalDate.now().minusMonths(30), 10, 100),
                true)).isInstanceOf(NotFoundException.class);
    }

    @Test
    @WithUserDetails("mitra1")
    void aPartnerSeesOnlyItsSponsoredWorkshopsAndOnlyItsOwnSponsorships() {
        List<WorkshopListItem> mine = service.search(WorkshopFilter.all(), PageRequest.of(0, 100));
        assertThat(mine).extracting(WorkshopListItem::id).contains(BATIK_BAROKAH).doesNotContain(RUMAH_KINASIH);
        assertThat(mine).allSatisfy(w -> assertThat(w.sponsors()).doesNotContain(","));
        assertThatThrownBy(() -> service.get(RUMAH_KINASIH)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.lastReport(RUMAH_KINASIH)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.documents(RUMAH_KINASIH)).isInstanceOf(AccessDeniedException.class);

        WorkshopDetails barokah = service.get(BATIK_BAROKAH);
        assertThat(barokah.reports()).isNotEmpty();
        assertThat(barokah.mayReadDocuments()).isFalse();
        assertThatThrownBy(() -> service.documents(BATIK_BAROKAH)).isInstanceOf(AccessDeniedException.class);
        assertThat(barokah.sponsorships()).isNotEmpty()
                .allMatch(s -> s.partnerId() == 1, "only its own sponsorships");
        assertThat(barokah.mayEdit()).isFalse();
        assertThatThrownBy(() -> service.addReport(BATIK_BAROKAH, report(LocalDate.now(), 1, 1), true))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.sponsorshipsOf(2)).isInstanceOf(AccessDeniedException.class);

        PartnerOverview overview = service.partnerOverview();
        assertThat(overview.workshops()).extracting(PartnerOverview.Headline::name).contains("Batik Barokah")
                .doesNotContain("Rumah Kinasih");
        assertThat(overview.totalsByYear()).isNotEmpty();
    }

    @Test
    @WithUserDetails("mitra2")
    void theOtherPartnerCannotSeeBatikBarokah() {
        assertThatThrownBy(() -> service.get(BATIK_BAROKAH)).isInstanceOf(NotFoundException.class);
        assertThat(service.search(WorkshopFilter.all(), PageRequest.of(0, 100))).extracting(WorkshopListItem::id)
                .contains(RUMAH_KINASIH).doesNotContain(BATIK_BAROKAH);
        List<Long> all = service.search(WorkshopFilter.all(), PageRequest.of(0, 100)).stream()
                .map(WorkshopListItem::id).toList();
        assertThat(service.search(new WorkshopFilter(null, null, null, null, 1L), PageRequest.of(0, 100)))
                .as("another partner's id as a filter reveals nothing about that partner")
                .extracting(WorkshopListItem::id).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    @WithUserDetails("kartini")
    void monthlyFiguresAreCheckedAndBigJumpsNeedConfirmation() {
        long id = service.create(null, workshop("SWP Uji " + UUID.randomUUID().toString().substring(0, 6))).id();
        LocalDate lastMonth = LocalDate.now(Formats.ZONE).withDayOfMonth(1).minusMonths(1);
        service.addReport(id, report(lastMonth.minusMonths(1), 10, 1_000_000), false);
        assertThatThrownBy(() -> service.addReport(id, report(lastMonth.minusMonths(1), 11, 1_000_000), false))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("workshop.report.validation.duplicate"));
        assertThatThrownBy(() -> service.addReport(id, report(lastMonth.plusMonths(2), 10, 1_000_000), false))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("workshop.report.validation.future"));
        assertThatThrownBy(() -> service.addReport(id, report(lastMonth, -1, 1_000_000), false))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> service.addReport(id, report(lastMonth, 10, 50_000_000), false))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("workshop.report.implausible"));
        WorkshopDetails confirmed = service.addReport(id, report(lastMonth, 10, 50_000_000), true);
        assertThat(confirmed.reports()).hasSize(2);
        assertThat(service.lastReport(id)).get().extracting(WorkshopReportItem::revenue).isEqualTo(50_000_000L);
    }

    @Test
    @WithUserDetails("kartini")
    void operatorsRecordWorkshopsOfTheirOwnUnitOnly() {
        assertThatThrownBy(() -> service.create(13L, workshop("Bukan unit saya"))).isInstanceOf(
                AccessDeniedException.class);
        WorkshopDetails created = service.create(null, workshop("SWP Baru " + UUID.randomUUID().toString().substring(0,
                6)));
        assertThat(created.coachingUnitName()).isEqualTo("Sentra Terpadu Kartini");
        assertThatThrownBy(() -> service.create(null, workshop(created.name())))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("workshop.validation.nameTaken"));
    }

    @Test
    @WithUserDetails("admin")
    void onlyAdministratorsRecordSponsorships() {
        SponsorshipForm form = new SponsorshipForm();
        form.setStartDate(LocalDate.of(2025, 1, 1));
        form.setAmount(0L);
        form.setKind(SponsorshipKind.TRAINING);
        int before = service.sponsorshipsOf(3).size();
        service.addSponsorship(RUMAH_KINASIH, 3, form);
        assertThat(service.sponsorshipsOf(3)).hasSize(before + 1);
        form.setEndDate(LocalDate.of(2024, 1, 1));
        assertThatThrownBy(() -> service.addSponsorship(RUMAH_KINASIH, 3, form))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    @WithUserDetails("direktur")
    void directorsReadButDoNotRecordSponsorships() {
        assertThat(service.sponsorshipsOf(1)).isNotEmpty();
        SponsorshipForm form = new SponsorshipForm();
        form.setStartDate(LocalDate.of(2025, 1, 1));
        form.setAmount(0L);
        form.setKind(SponsorshipKind.TRAINING);
        assertThatThrownBy(() -> service.addSponsorship(RUMAH_KINASIH, 3, form))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static WorkshopForm workshop(String name) {
        WorkshopForm form = new WorkshopForm();
        form.setName(name);
        form.setRegency("Kabupaten Temanggung");
        form.setProvince("Jawa Tengah");
        form.setStatus(WorkshopStatus.MENTORING);
        return form;
    }

    private static WorkshopReportForm report(LocalDate month, int members, long revenue) {
        WorkshopReportForm form = new WorkshopReportForm();
        form.setMonth(month);
        form.setMembers(members);
        form.setMentors(2);
        form.setUnitsProduced(10);
        form.setRevenue(revenue);
        form.setAverageIncome(revenue / Math.max(1, Math.abs(members)) * 3 / 10);
        return form;
    }
}
