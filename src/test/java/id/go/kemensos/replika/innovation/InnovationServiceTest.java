package id.go.kemensos.replika.innovation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.kemensos.replika.IntegrationTest;
import id.go.kemensos.replika.base.BusinessException;
import id.go.kemensos.replika.base.NotFoundException;
import id.go.kemensos.replika.base.StaleDataException;
import id.go.kemensos.replika.base.i18n.Formats;
import id.go.kemensos.replika.unit.UnitRef;
import jakarta.persistence.EntityManagerFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.time.Year;
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

@IntegrationTest
class InnovationServiceTest {

    static final UnitRef KARTINI = new UnitRef(10, "ST-KARTINI", "Sentra Terpadu Kartini");
    static final UnitRef SOEHARSO = new UnitRef(13, "ST-SOEHARSO", "Sentra Terpadu Prof. Dr. Soeharso");
    static final long SWP = 1;
    static final int THIS_YEAR = Year.now(Formats.ZONE).getValue();

    @Autowired
    InnovationService service;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    // --- reading -------------------------------------------------------------------------------------------

    @Test
    @WithUserDetails("kartini")
    void theDemoRegistryHoldsTheShelteredWorkshopAndManyOthers() {
        assertThat(service.count(InnovationFilter.all())).isGreaterThanOrEqualTo(25);
        List<InnovationListItem> all = service.search(InnovationFilter.all(), PageRequest.of(0, 500));
        assertThat(all.stream().map(InnovationListItem::unitName).distinct().count()).isGreaterThanOrEqualTo(10);

        InnovationDetails swp = service.get(SWP);
        assertThat(swp.title()).isEqualTo("Sheltered Workshop Peduli (SWP)");
        assertThat(swp.originUnit().id()).isEqualTo(10);
        assertThat(swp.awards()).anySatisfy(award -> {
            assertThat(award.competition()).isEqualTo(Competition.KIPP);
            assertThat(award.year()).isEqualTo(2018);
            assertThat(award.level()).isEqualTo(AwardLevel.TOP_45);
        });
        assertThat(all).filteredOn(item -> item.id() == SWP).singleElement().satisfies(item -> {
            assertThat(item.bestAwardLevel()).isEqualTo(AwardLevel.TOP_45);
            assertThat(item.bestAwardYear()).isEqualTo(2018);
        });
        assertThat(all).anyMatch(item -> item.sustainability() == Sustainability.DORMANT)
                .anyMatch(item -> item.sustainability() == Sustainability.STOPPED)
                .anyMatch(InnovationListItem::endorsed)
                .anyMatch(item -> item.bestAwardLevel() == AwardLevel.TOP_99);
    }

    @Test
    @WithUserDetails("soeharso")
    void operatorsReadOtherUnitsInnovationsButMayNotChangeThem() {
        InnovationDetails swp = service.get(SWP);
        assertThat(swp.permissions().edit()).isFalse();
        assertThat(swp.permissions().manageAwards()).isFalse();
        assertThat(swp.permissions().endorse()).isFalse();
        assertThatThrownBy(() -> service.update(SWP, swp.version(), swp.toForm()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.addAward(SWP, award(2019, Competition.KIPP, AwardLevel.TOP_99)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.endorse(SWP, swp.version(), "please"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("mitra1")
    void csrPartnersHaveNoAccess() {
        assertThatThrownBy(() -> service.search(InnovationFilter.all(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.count(InnovationFilter.all())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.get(SWP)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.create(form(KARTINI, "Inovasi mitra"))).isInstanceOf(AccessDeniedException.class);
    }

    // --- operators: own unit only ------------------------------------------------------------------------

    @Test
    @WithUserDetails("kartini")
    void anOperatorRecordsAnInnovationOfTheirOwnUnitWithAGeneratedCode() {
        InnovationDetails created = service.create(form(KARTINI, "  Kelas Batik Ciprat Keliling " + suffix() + " "));

        assertThat(created.code()).matches("INV-" + THIS_YEAR + "-\\d{4}");
        assertThat(Integer.parseInt(created.code().substring(9))).as("after the demo codes").isGreaterThan(31);
        assertThat(created.title()).startsWith("Kelas Batik Ciprat Keliling").doesNotEndWith(" ");
        assertThat(created.originUnit().id()).isEqualTo(KARTINI.id());
        assertThat(created.createdBy()).isEqualTo("kartini");
        assertThat(created.permissions().edit()).isTrue();
        assertThat(created.permissions().changeOriginUnit()).isFalse();

        InnovationDetails second = service.create(form(KARTINI, "Another title " + suffix()));
        assertThat(second.code()).isNotEqualTo(created.code());
    }

    @Test
    @WithUserDetails("kartini")
    void anOperatorCannotRecordForAnotherUnitNorMoveTheirInnovation() {
        assertThatThrownBy(() -> service.create(form(SOEHARSO, "Not my unit " + suffix())))
                .isInstanceOf(AccessDeniedException.class);

        InnovationDetails mine = service.create(form(KARTINI, "Mine to keep " + suffix()));
        InnovationForm moved = mine.toForm();
        moved.setOriginUnit(SOEHARSO);
        assertThatThrownBy(() -> service.update(mine.id(), mine.version(), moved))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(service.get(mine.id()).originUnit().id()).isEqualTo(KARTINI.id());

        InnovationForm edited = mine.toForm();
        edited.setStage(Stage.IMPLEMENTED);
        edited.setDigital(true);
        InnovationDetails saved = service.update(mine.id(), mine.version(), edited);
        assertThat(saved.stage()).isEqualTo(Stage.IMPLEMENTED);
        assertThat(saved.digital()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void onlyAnAdministratorMovesAnInnovationToAnotherUnit() {
        InnovationDetails created = service.create(form(KARTINI, "To be moved " + suffix()));
        assertThat(created.permissions().changeOriginUnit()).isTrue();
        InnovationForm moved = created.toForm();
        moved.setOriginUnit(SOEHARSO);
        assertThat(service.update(created.id(), created.version(), moved).originUnit().id()).isEqualTo(SOEHARSO.id());
    }

    @Test
    @WithUserDetails("direktur")
    void directorsAndPanrbNeitherCreateNorEditInnovations() {
        assertThatThrownBy(() -> service.create(form(KARTINI, "Director's idea " + suffix())))
                .isInstanceOf(AccessDeniedException.class);
        InnovationDetails swp = service.get(SWP);
        assertThat(swp.permissions().edit()).isFalse();
        assertThatThrownBy(() -> service.update(SWP, swp.version(), swp.toForm()))
                .isInstanceOf(AccessDeniedException.class);
    }

    // --- validation -----------------------------------------------------------------------------------------

    @Test
    @WithUserDetails("kartini")
    void titlesAreBoundedAndUniqueWithinTheirUnit() {
        assertThat(messages(() -> service.create(form(KARTINI, "Abcd"))))
                .containsExactly("innovation.validation.titleLength");
        assertThat(messages(() -> service.create(form(KARTINI, "x".repeat(201)))))
                .containsExactly("innovation.validation.titleLength");
        assertThat(messages(() -> service.create(form(KARTINI, "   "))))
                .contains("innovation.validation.titleRequired");
        assertThatThrownBy(() -> service.create(form(KARTINI, "sheltered workshop peduli (swp)")))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("innovation.validation.titleTaken");
                    assertThat(e.getField()).isEqualTo("title");
                });
    }

    @Test
    @WithUserDetails("admin")
    void theSameTitleMayExistInAnotherUnit() {
        assertThat(service.create(form(SOEHARSO, "Sheltered Workshop Peduli (SWP)")).originUnit().id())
                .isEqualTo(SOEHARSO.id());
    }

    @Test
    @WithUserDetails("kartini")
    void yearStartedLiesBetween1990AndThisYearAndTextsAreBounded() {
        InnovationForm tooEarly = form(KARTINI, "Too early " + suffix());
        tooEarly.setYearStarted(1989);
        assertThat(messages(() -> service.create(tooEarly))).containsExactly("innovation.validation.yearRange");

        InnovationForm future = form(KARTINI, "From the future " + suffix());
        future.setYearStarted(THIS_YEAR + 1);
        assertThatThrownBy(() -> service.create(future)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.getField()).isEqualTo("yearStarted"));

        InnovationForm verbose = form(KARTINI, "Verbose " + suffix());
        verbose.setProblem("p".repeat(InnovationService.TEXT_MAX + 1));
        verbose.setInnovators("i".repeat(InnovationService.INNOVATORS_MAX + 1));
        assertThat(messages(() -> service.create(verbose)))
                .containsOnly("validation.tooLong:" + InnovationService.TEXT_MAX,
                        "validation.tooLong:" + InnovationService.INNOVATORS_MAX);

        InnovationForm thisYear = form(KARTINI, "Started this year " + suffix());
        thisYear.setYearStarted(THIS_YEAR);
        assertThat(service.create(thisYear).yearStarted()).isEqualTo(THIS_YEAR);
    }

    @Test
    @WithUserDetails("kartini")
    void aStaleEditIsRefused() {
        InnovationDetails created = service.create(form(KARTINI, "Edited twice " + suffix()));
        InnovationForm first = created.toForm();
        first.setCategory("First");
        service.update(created.id(), created.version(), first);
        InnovationForm second = created.toForm();
        second.setCategory("Second");
        assertThatThrownBy(() -> service.update(created.id(), created.version(), second))
                .isInstanceOf(StaleDataException.class);
        assertThat(service.get(created.id()).category()).isEqualTo("First");
    }

    // --- awards and endorsement ----------------------------------------------------------------------------

    @Test
    @WithUserDetails("panrb")
    void panrbRecordsAwardsAndTheBestOneIsKeptForTheGrid() {
        long id = newInnovationAs("kartini");
        InnovationDetails withTop99 = service.addAward(id, award(2019, Competition.KIPP, AwardLevel.TOP_99));
        assertThat(withTop99.awards()).hasSize(1);
        InnovationDetails withTop45 = service.addAward(id, award(2018, Competition.KIPP, AwardLevel.TOP_45));
        assertThat(best(id)).extracting(InnovationListItem::bestAwardLevel, InnovationListItem::bestAwardYear)
                .containsExactly(AwardLevel.TOP_45, 2018);

        AwardItem top45 = withTop45.awards().stream().filter(a -> a.level() == AwardLevel.TOP_45).findFirst()
                .orElseThrow();
        service.deleteAward(id, top45.id());
        assertThat(best(id)).extracting(InnovationListItem::bestAwardLevel, InnovationListItem::bestAwardYear)
                .containsExactly(AwardLevel.TOP_99, 2019);

        AwardItem top99 = service.get(id).awards().get(0);
        AwardForm upgraded = top99.toForm();
        upgraded.setLevel(AwardLevel.WINNER);
        service.updateAward(id, top99.id(), top99.version(), upgraded);
        assertThat(best(id).bestAwardLevel()).isEqualTo(AwardLevel.WINNER);
        assertThatThrownBy(() -> service.updateAward(id, top99.id(), top99.version(), upgraded))
                .isInstanceOf(StaleDataException.class);
    }

    @Test
    @WithUserDetails("direktur")
    void awardYearsAreBoundedAndUniquePerCompetition() {
        long id = newInnovationAs("kartini");
        assertThat(messages(() -> service.addAward(id, award(2013, Competition.KIPP, AwardLevel.TOP_99))))
                .containsExactly("award.validation.yearRange");
        assertThatThrownBy(() -> service.addAward(id, award(THIS_YEAR + 1, Competition.KIPP, AwardLevel.TOP_99)))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("award.validation.yearRange"));
        service.addAward(id, award(2020, Competition.KIPP, AwardLevel.TOP_99));
        assertThatThrownBy(() -> service.addAward(id, award(2020, Competition.KIPP, AwardLevel.TOP_45)))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("award.validation.duplicate"));
        assertThat(service.addAward(id, award(2020, Competition.IGA, AwardLevel.TOP_45)).awards()).hasSize(2);
        AwardForm noLevel = award(2021, Competition.KIPP, null);
        assertThat(messages(() -> service.addAward(id, noLevel))).containsExactly("award.validation.levelRequired");
        assertThatThrownBy(() -> service.deleteAward(SWP, service.get(id).awards().get(0).id()))
                .as("an award is only reached through its own innovation").isInstanceOf(NotFoundException.class);
    }

    @Test
    @WithUserDetails("direktur")
    void directorsEndorseAndWithdrawWithAReason() {
        long id = newInnovationAs("kartini");
        InnovationDetails before = service.get(id);
        assertThat(before.permissions().endorse()).isTrue();
        InnovationDetails endorsed = service.endorse(id, before.version(), "Layak direplikasi");
        assertThat(endorsed.endorsed()).isTrue();
        assertThat(endorsed.endorsedBy()).isEqualTo("Direktur Rehabilitasi Sosial");
        assertThat(endorsed.endorsedAt()).isNotNull();
        assertThat(endorsed.endorsementNote()).isEqualTo("Layak direplikasi");

        assertThatThrownBy(() -> service.withdrawEndorsement(id, endorsed.version(), "  "))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("innovation.endorse.reasonRequired"));
        InnovationDetails withdrawn = service.withdrawEndorsement(id, endorsed.version(), "Sudah berhenti");
        assertThat(withdrawn.endorsed()).isFalse();
        assertThat(withdrawn.endorsementNote()).isEqualTo("Sudah berhenti");
        assertThatThrownBy(() -> service.withdrawEndorsement(id, withdrawn.version(), "again"))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    @WithUserDetails("kartini")
    void operatorsNeitherRecordAwardsNorEndorseEvenTheirOwn() {
        InnovationDetails mine = service.create(form(KARTINI, "Own but not awardable " + suffix()));
        assertThat(mine.permissions().manageAwards()).isFalse();
        assertThatThrownBy(() -> service.addAward(mine.id(), award(2020, Competition.KIPP, AwardLevel.TOP_99)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.endorse(mine.id(), mine.version(), null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("panrb")
    void panrbEndorsesAndWithdrawsToo() {
        long id = newInnovationAs("kartini");
        InnovationDetails endorsed = service.endorse(id, service.get(id).version(), null);
        assertThat(endorsed.endorsed()).isTrue();
        assertThat(endorsed.endorsedBy()).isEqualTo("Fasilitator KemenPAN-RB");
        assertThat(service.withdrawEndorsement(id, endorsed.version(), "Ditinjau ulang").endorsed()).isFalse();
    }

    @Test
    @WithUserDetails("kartini")
    void operatorsCannotChangeAwardsOrWithdrawEndorsementsOfTheirOwnInnovation() {
        AwardItem award = service.get(SWP).awards().get(0);
        assertThatThrownBy(() -> service.updateAward(SWP, award.id(), award.version(), award.toForm()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.deleteAward(SWP, award.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.withdrawEndorsement(SWP, service.get(SWP).version(), "no"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(service.get(SWP).awards()).contains(award);
    }

    @Test
    @WithUserDetails("mitra1")
    void csrPartnersCannotChangeAnything() {
        assertThatThrownBy(() -> service.addAward(SWP, award(2020, Competition.KIPP, AwardLevel.TOP_99)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.endorse(SWP, 0, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.update(SWP, 0, form(KARTINI, "Changed by a partner")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.uploadDocument(SWP, id.go.kemensos.replika.document.DocumentType.OTHER,
                java.nio.file.Path.of("x.pdf"), "x.pdf")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorRecordsAwardsAndEndorsesAnyUnitsInnovation() {
        long id = newInnovationAs("soeharso");
        InnovationDetails awarded = service.addAward(id, award(2022, Competition.IGA, AwardLevel.OUTSTANDING));
        assertThat(awarded.awards()).hasSize(1);
        assertThat(awarded.permissions().edit()).isTrue();
        assertThat(service.endorse(id, awarded.version(), "Admin").endorsed()).isTrue();
    }

    @Test
    @WithUserDetails("kartini")
    void paddingDoesNotCountTowardsTheTitleLength() {
        assertThat(messages(() -> service.create(form(KARTINI, "   Abc    "))))
                .containsExactly("innovation.validation.titleLength");
    }

    @Test
    @WithUserDetails("admin")
    void movingAnInnovationOntoATitleTheTargetUnitHasIsRefusedNextToTheTitle() {
        String title = "Shared title " + suffix();
        service.create(form(SOEHARSO, title));
        InnovationDetails other = service.create(form(KARTINI, title));
        InnovationForm moved = other.toForm();
        moved.setOriginUnit(SOEHARSO);
        assertThatThrownBy(() -> service.update(other.id(), other.version(), moved))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("innovation.validation.titleTaken"));
        assertThat(service.get(other.id()).originUnit().id()).isEqualTo(KARTINI.id());
    }

    // --- the grid -------------------------------------------------------------------------------------------

    @Test
    @WithUserDetails("direktur")
    void theGridFiltersByEveryCriterionInSql() {
        assertThat(ids(filter("SWP", null, null, null, null, null, null, null, false))).contains(SWP);
        assertThat(ids(filter("inv-2026-0001", null, null, null, null, null, null, null, false))).containsExactly(SWP);
        assertThat(search(filter(null, KARTINI.id(), null, null, null, null, null, null, false)))
                .isNotEmpty().allMatch(item -> item.unitName().equals(KARTINI.name()));
        assertThat(search(filter(null, null, "Jawa Barat", null, null, null, null, null, false)))
                .isNotEmpty().allMatch(item -> item.province().equals("Jawa Barat"));
        assertThat(search(filter(null, null, null, Stage.TRIAL, null, null, null, null, false)))
                .isNotEmpty().allMatch(item -> item.stage() == Stage.TRIAL);
        assertThat(search(filter(null, null, null, null, Sustainability.DORMANT, null, null, null, false)))
                .isNotEmpty().allMatch(item -> item.sustainability() == Sustainability.DORMANT);
        assertThat(search(filter(null, null, null, null, null, null, null, null, true)))
                .isNotEmpty().allMatch(InnovationListItem::endorsed);
        assertThat(ids(filter(null, null, null, null, null, AwardLevel.TOP_45, 2018, 2018, false))).contains(SWP);
        assertThat(ids(filter(null, null, null, null, null, AwardLevel.TOP_45, 2019, 2023, false)))
                .doesNotContain(SWP);
        assertThat(ids(filter(null, null, null, null, null, null, 2017, 2017, false))).contains(SWP);
        assertThat(search(filter("no such innovation at all", null, null, null, null, null, null, null, false)))
                .isEmpty();
    }

    @Test
    @WithUserDetails("direktur")
    void theGridSortsByTheBestAward() {
        List<InnovationListItem> byAward = service.search(InnovationFilter.all(),
                PageRequest.of(0, 5, Sort.by(Sort.Direction.DESC, "bestAward")));
        assertThat(byAward.get(0).bestAwardLevel()).isEqualTo(AwardLevel.WINNER);
        List<InnovationListItem> byUnit = service.search(InnovationFilter.all(),
                PageRequest.of(0, 500, Sort.by("unit")));
        assertThat(byUnit).extracting(InnovationListItem::unitName).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }

    @Test
    @WithUserDetails("direktur")
    void aGridPageIsOneSqlStatement() {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        InnovationFilter withAwards = filter("a", null, null, null, null, AwardLevel.TOP_99, 2014, 2023, false);
        statistics.clear();
        List<InnovationListItem> page = service.search(withAwards, PageRequest.of(0, 20, Sort.by("unit")));
        assertThat(page).isNotEmpty();
        assertThat(statistics.getPrepareStatementCount()).as("statements for one page of rows").isEqualTo(1);

        statistics.clear();
        service.search(InnovationFilter.all(), PageRequest.of(1, 10, Sort.by("bestAward")));
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(1);
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    /** Creates an innovation of the user's unit (Kartini for others) as {@code username}, then restores the user. */
    private long newInnovationAs(String username) {
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        var user = users.loadUserByUsername(username);
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(user, null, user.getAuthorities()));
        try {
            Long unit = ((id.go.kemensos.replika.security.AppUserPrincipal) user).getUnitId();
            UnitRef ref = unit == null || unit == KARTINI.id() ? KARTINI : SOEHARSO;
            return service.create(form(ref, "Awardable " + suffix())).id();
        } finally {
            context.setAuthentication(previous);
        }
    }

    private InnovationListItem best(long id) {
        return service.search(filter("Awardable", null, null, null, null, null, null, null, false),
                PageRequest.of(0, 500)).stream().filter(item -> item.id() == id).findFirst().orElseThrow();
    }

    private List<InnovationListItem> search(InnovationFilter filter) {
        return service.search(filter, PageRequest.of(0, 500));
    }

    private List<Long> ids(InnovationFilter filter) {
        return search(filter).stream().map(InnovationListItem::id).toList();
    }

    private static InnovationFilter filter(String text, Long unitId, String province, Stage stage,
            Sustainability sustainability, AwardLevel level, Integer from, Integer to, boolean endorsed) {
        return new InnovationFilter(text, unitId, province, stage, sustainability, level, from, to, endorsed);
    }

    private static List<String> messages(Runnable call) {
        try {
            call.run();
        } catch (ConstraintViolationException e) {
            return e.getConstraintViolations().stream().map(ConstraintViolation::getMessage).toList();
        }
        throw new AssertionError("expected constraint violations");
    }

    static InnovationForm form(UnitRef unit, String title) {
        InnovationForm form = new InnovationForm();
        form.setTitle(title);
        form.setOriginUnit(unit);
        form.setYearStarted(2020);
        form.setCategory("Disabilitas");
        form.setStage(Stage.TRIAL);
        form.setSustainability(Sustainability.ACTIVE);
        return form;
    }

    static AwardForm award(int year, Competition competition, AwardLevel level) {
        AwardForm form = new AwardForm();
        form.setYear(year);
        form.setCompetition(competition);
        form.setGroup(AwardGroup.GENERAL);
        form.setLevel(level);
        return form;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
