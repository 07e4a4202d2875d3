package id.go.kemensos.replika.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.go.kemensos.replika.IntegrationTest;
import id.go.kemensos.replika.base.BusinessException;
import id.go.kemensos.replika.base.NotFoundException;
import id.go.kemensos.replika.base.StaleDataException;
import id.go.kemensos.replika.document.DocumentService;
import id.go.kemensos.replika.document.DocumentType;
import id.go.kemensos.replika.innovation.InnovationForm;
import id.go.kemensos.replika.innovation.InnovationService;
import id.go.kemensos.replika.notification.NotificationItem;
import id.go.kemensos.replika.notification.NotificationService;
import id.go.kemensos.replika.security.AppUserPrincipal;
import id.go.kemensos.replika.unit.UnitRef;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The state machine, exhaustively: every status × action × kind of user, with every requirement met, so that the
 * only reasons to refuse are the user's role and scope and the current status.
 */
@IntegrationTest
class ReplicationWorkflowTest {

    /** Soeharso's innovation "SOEHARSO_INNOVATION" replicated by Kartini in the fixtures. */
    static final long SOEHARSO_INNOVATION = 6;
    static final long KARTINI = 10;
    static final long SOEHARSO = 13;

    /** Users by their relation to a fixture replication: adopting operator, origin operator, unrelated one, others. */
    static final List<String> USERS = List.of("kartini", "soeharso", "wyataguna", "direktur", "panrb", "admin", "mitra1");

    @Autowired
    ReplicationService service;
    @Autowired
    ReplicationRepository replications;
    @Autowired
    MonitoringReportRepository reports;
    @Autowired
    DocumentService documents;
    @Autowired
    EntityManager entityManager;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    UserDetailsService users;
    @Autowired
    InnovationService innovations;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static Stream<Arguments> everyStatusActionAndUser() {
        List<Arguments> cases = new ArrayList<>();
        for (ReplicationStatus status : ReplicationStatus.values()) {
            for (ReplicationAction action : ReplicationAction.values()) {
                for (String user : USERS) {
                    cases.add(Arguments.of(status, action, user));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} by {2}")
    @MethodSource("everyStatusActionAndUser")
    void everyStepIsTakenOnlyByItsRoleFromItsStatus(ReplicationStatus status, ReplicationAction action,
            String username) {
        long id = fixture(status);
        signInAs(username);
        Throwable outcome = catchThrowable(() -> take(action, id));

        switch (expected(status, action, username)) {
            case "ok" -> {
                assertThat(outcome).as("allowed").isNull();
                signInAs("admin");
                assertThat(service.get(id).status()).isEqualTo(action.to());
                assertThat(service.get(id).transitions()).last()
                        .satisfies(t -> {
                            assertThat(t.from()).isEqualTo(status);
                            assertThat(t.to()).isEqualTo(action.to());
                        });
            }
            case "hidden" -> assertThat(outcome).isInstanceOf(NotFoundException.class);
            case "denied" -> assertThat(outcome).isInstanceOf(AccessDeniedException.class);
            case "invalid" -> assertThat(outcome).isInstanceOfSatisfying(BusinessException.class,
                    e -> assertThat(e.getMessageKey()).isEqualTo("replication.transition.invalid"));
            default -> throw new IllegalStateException();
        }
        if (outcome != null) {
            signInAs("admin");
            assertThat(service.get(id).status()).as("a refused step changes nothing").isEqualTo(status);
        }
    }

    private static String expected(ReplicationStatus status, ReplicationAction action, String username) {
        return switch (username) {
            case "mitra1" -> "denied";
            case "wyataguna" -> "hidden";
            default -> {
                boolean roleFits = switch (action) {
                    case SUBMIT, START -> username.equals("kartini");
                    case EVALUATE -> username.equals("direktur") || username.equals("panrb");
                    default -> username.equals("direktur");
                };
                yield !roleFits ? "denied" : action.validFrom(status) ? "ok" : "invalid";
            }
        };
    }

    /** The version is read as an administrator, so a refusal can only come from the step itself. */
    private void take(ReplicationAction action, long id) {
        var acting = SecurityContextHolder.getContext().getAuthentication();
        signInAs("admin");
        long version = service.get(id).version();
        SecurityContextHolder.getContext().setAuthentication(acting);
        switch (action) {
            case SUBMIT -> service.submit(id, version);
            case RETURN -> service.returnToDraft(id, version, "Lengkapi rencana aksi");
            case APPROVE -> service.approve(id, version, null);
            case START -> service.startImplementation(id, version, LocalDate.now().minusDays(1));
            case EVALUATE -> service.evaluate(id, version, EvaluationForm.of(4, 4, 5, 3, 4, "Layak dilembagakan"));
            case INSTITUTIONALISE -> service.institutionalise(id, version, null);
            case DISCONTINUE -> service.discontinue(id, version, "Mitra mundur");
        }
    }

    // --- what the steps require ------------------------------------------------------------------------------

    @Test
    void submittingNeedsAnInterestLetter() {
        long id = fixture(ReplicationStatus.DRAFT, false);
        signInAs("kartini");
        assertThatThrownBy(() -> service.submit(id, service.get(id).version()))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("replication.requires.interestLetter"));
        attach(id, DocumentType.INTEREST_LETTER);
        assertThat(service.submit(id, service.get(id).version()).status()).isEqualTo(ReplicationStatus.SUBMITTED);
    }

    @Test
    void startingNeedsAnAgreementAndAnActualStartThatHasHappened() {
        long id = fixture(ReplicationStatus.APPROVED, false);
        signInAs("kartini");
        long version = service.get(id).version();
        assertThatThrownBy(() -> service.startImplementation(id, version, LocalDate.now()))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("replication.requires.agreement"));
        attach(id, DocumentType.AGREEMENT);
        assertThatThrownBy(() -> service.startImplementation(id, version, null))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("replication.requires.actualStart"));
        assertThatThrownBy(() -> service.startImplementation(id, version, LocalDate.now().plusDays(10)))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("replication.validation.actualStartFuture"));
        ReplicationDetails started = service.startImplementation(id, version, LocalDate.of(2026, 1, 5));
        assertThat(started.actualStart()).isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void returnsAndDiscontinuationsNeedAReasonThatIsKept() {
        long submitted = fixture(ReplicationStatus.SUBMITTED);
        signInAs("direktur");
        assertThatThrownBy(() -> service.returnToDraft(submitted, service.get(submitted).version(), "  "))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("replication.requires.reason"));
        ReplicationDetails returned = service.returnToDraft(submitted, service.get(submitted).version(),
                "Surat minat belum ditandatangani");
        assertThat(returned.transitions()).last().extracting(TransitionItem::reason)
                .isEqualTo("Surat minat belum ditandatangani");
        assertThatThrownBy(() -> service.discontinue(submitted, returned.version(), null))
                .isInstanceOf(BusinessException.class);
        assertThat(service.discontinue(submitted, returned.version(), "Anggaran dialihkan").status())
                .isEqualTo(ReplicationStatus.DISCONTINUED);
    }

    @Test
    void evaluationNeedsAMonitoringReportAndValidScores() {
        long id = fixture(ReplicationStatus.IMPLEMENTING, false);
        signInAs("panrb");
        long version = service.get(id).version();
        assertThatThrownBy(() -> service.evaluate(id, version, EvaluationForm.of(4, 4, 4, 4, 4, "Baik")))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("replication.requires.report"));
        addReport(id);
        assertThatThrownBy(() -> service.evaluate(id, version, EvaluationForm.of(0, 6, 4, 4, 4, "Baik")))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class);
        ReplicationDetails evaluated = service.evaluate(id, version, EvaluationForm.of(5, 4, 4, 3, 5, "Lanjutkan"));
        assertThat(evaluated.evaluation().total()).isEqualTo(21);
        assertThat(evaluated.evaluation().evaluatorName()).isEqualTo("Fasilitator KemenPAN-RB");
    }

    // --- starting a replication --------------------------------------------------------------------------------

    @Test
    void anOperatorStartsADraftOfAnotherUnitsInnovationOnlyOnce() {
        signInAs("soeharso");
        InnovationForm form = new InnovationForm();
        form.setTitle("Kaki palsu adaptif " + java.util.UUID.randomUUID());
        form.setOriginUnit(new UnitRef(SOEHARSO, "ST-SOEHARSO", "Sentra Terpadu Prof. Dr. Soeharso"));
        form.setYearStarted(2021);
        long fresh = innovations.create(form).id();

        signInAs("wyataguna");
        ReplicationDetails draft = service.create(fresh, null);
        assertThat(draft.status()).isEqualTo(ReplicationStatus.DRAFT);
        assertThat(draft.adoptingUnitName()).isEqualTo("Sentra Wyata Guna");
        assertThat(draft.originUnitId()).isEqualTo(SOEHARSO);
        assertThat(draft.allowedActions()).containsExactly(ReplicationAction.SUBMIT);
        assertThat(draft.transitions()).singleElement().satisfies(t -> assertThat(t.from()).isNull());

        assertThatThrownBy(() -> service.create(fresh, null))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("replication.validation.alreadyOpen"));
        assertThatThrownBy(() -> service.create(fresh, KARTINI))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobodyReplicatesTheirOwnUnitsInnovation() {
        signInAs("soeharso");
        assertThatThrownBy(() -> service.create(SOEHARSO_INNOVATION, null))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("replication.validation.ownInnovation"));
        signInAs("admin");
        assertThatThrownBy(() -> service.create(SOEHARSO_INNOVATION, SOEHARSO))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> service.create(SOEHARSO_INNOVATION, null))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("replication.validation.adoptingUnitRequired"));
        signInAs("direktur");
        assertThatThrownBy(() -> service.create(SOEHARSO_INNOVATION, KARTINI))
                .isInstanceOf(AccessDeniedException.class);
    }

    // --- who sees what ------------------------------------------------------------------------------------------

    @Test
    void operatorsSeeWhatTheirUnitAdoptsOrOriginatedAndNothingElse() {
        long id = fixture(ReplicationStatus.IMPLEMENTING);
        signInAs("kartini");
        ReplicationDetails adopting = service.get(id);
        assertThat(adopting.mayReport()).isTrue();
        assertThat(adopting.mayManageDocuments()).isTrue();
        assertThat(ids(ReplicationFilter.all())).contains(id);

        signInAs("soeharso");
        ReplicationDetails origin = service.get(id);
        assertThat(origin.allowedActions()).isEmpty();
        assertThat(origin.mayReport()).isFalse();
        assertThat(origin.mayEditPlan()).isFalse();
        assertThat(origin.mayManageDocuments()).isFalse();
        assertThat(ids(ReplicationFilter.all())).contains(id);
        assertThatThrownBy(() -> service.updatePlan(id, origin.version(), origin.toForm()))
                .isInstanceOf(AccessDeniedException.class);

        signInAs("wyataguna");
        assertThatThrownBy(() -> service.get(id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.openDocument(id, 1)).isInstanceOf(NotFoundException.class);
        assertThat(ids(ReplicationFilter.all())).doesNotContain(id);
        assertThat(service.search(ReplicationFilter.all(), org.springframework.data.domain.PageRequest.of(0, 500)))
                .allMatch(item -> item.adoptingUnitName().equals("Sentra Wyata Guna")
                        || item.originUnitName().equals("Sentra Wyata Guna"));

        signInAs("mitra1");
        assertThatThrownBy(() -> service.search(ReplicationFilter.all(),
                org.springframework.data.domain.PageRequest.of(0, 5))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.get(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyTheAdoptingOperatorReportsAndOnlyWhileImplementing() {
        long id = fixture(ReplicationStatus.IMPLEMENTING, false);
        signInAs("soeharso");
        assertThatThrownBy(() -> service.addMonitoringReport(id, service.get(id).version(), report(2026, 1, 40)))
                .isInstanceOf(AccessDeniedException.class);
        signInAs("kartini");
        ReplicationDetails reported = service.addMonitoringReport(id, service.get(id).version(), report(2026, 1, 40));
        assertThat(reported.progressPercent()).isEqualTo(40);
        assertThat(reported.lastReportAt()).isNotNull();
        assertThat(reported.overdue()).isFalse();
        assertThatThrownBy(() -> service.addMonitoringReport(id, service.get(id).version(), report(2026, 1, 50)))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("report.validation.duplicate"));
        assertThat(service.addMonitoringReport(id, service.get(id).version(), report(2026, 2, 55)).progressPercent()).isEqualTo(55);

        long approved = fixture(ReplicationStatus.APPROVED);
        signInAs("kartini");
        assertThatThrownBy(() -> service.addMonitoringReport(approved, service.get(approved).version(), report(2026, 1, 10)))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("replication.report.notImplementing"));
    }

    @Test
    void twoDirectorsActingAtOnceCannotBothSucceed() {
        long id = fixture(ReplicationStatus.SUBMITTED);
        signInAs("direktur");
        long version = service.get(id).version();
        service.approve(id, version, null);
        assertThatThrownBy(() -> service.returnToDraft(id, version, "Terlambat"))
                .isInstanceOf(StaleDataException.class);
        ReplicationDetails now = service.get(id);
        assertThat(now.status()).isEqualTo(ReplicationStatus.APPROVED);
        assertThat(now.transitions()).extracting(TransitionItem::to).doesNotContain(ReplicationStatus.DRAFT,
                ReplicationStatus.DISCONTINUED).last().isEqualTo(ReplicationStatus.APPROVED);
    }

    @Test
    void twoDirectorsDecidingInParallelCannotBothSucceed() throws Exception {
        long id = fixture(ReplicationStatus.SUBMITTED);
        signInAs("direktur");
        long version = service.get(id).version();
        var director = SecurityContextHolder.getContext().getAuthentication();
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Throwable>> outcomes = List.of(
                    pool.submit(() -> attempt(start, director, () -> service.approve(id, version, null))),
                    pool.submit(() -> attempt(start, director,
                            () -> service.discontinue(id, version, "Bersamaan"))));
            start.countDown();
            List<Throwable> failures = new ArrayList<>();
            for (var outcome : outcomes) {
                Throwable failure = outcome.get(30, java.util.concurrent.TimeUnit.SECONDS);
                if (failure != null) {
                    failures.add(failure);
                }
            }
            assertThat(failures).singleElement().isInstanceOf(StaleDataException.class);
        } finally {
            pool.shutdownNow();
        }
        ReplicationDetails after = service.get(id);
        assertThat(after.status()).isIn(ReplicationStatus.APPROVED, ReplicationStatus.DISCONTINUED);
        assertThat(after.transitions()).filteredOn(t -> t.from() == ReplicationStatus.SUBMITTED).hasSize(1);
    }

    private static Throwable attempt(java.util.concurrent.CountDownLatch start,
            org.springframework.security.core.Authentication user, Runnable step) throws InterruptedException {
        start.await();
        SecurityContextHolder.getContext().setAuthentication(user);
        try {
            step.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void panrbWritesTheFacilitatorNoteButNotThePlan() {
        long id = fixture(ReplicationStatus.APPROVED);
        signInAs("panrb");
        ReplicationDetails before = service.get(id);
        assertThat(before.mayEditNote()).isTrue();
        assertThat(before.mayEditPlan()).isFalse();
        assertThat(service.updateFacilitatorNote(id, before.version(), "Pendampingan bulan depan").facilitatorNote())
                .isEqualTo("Pendampingan bulan depan");
        assertThatThrownBy(() -> service.updatePlan(id, service.get(id).version(), before.toForm()))
                .isInstanceOf(AccessDeniedException.class);
        signInAs("kartini");
        assertThatThrownBy(() -> service.updateFacilitatorNote(id, service.get(id).version(), "mine"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theEvidenceOfAStepTakenCannotBeDeleted() {
        long id = fixture(ReplicationStatus.SUBMITTED, false);
        signInAs("kartini");
        attachAsKartini(id, DocumentType.INTEREST_LETTER);
        long letter = service.get(id).documents().get(0).id();
        assertThatThrownBy(() -> service.deleteDocument(id, letter))
                .as("not while it is what the submission rests on")
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("replication.document.stillNeeded"));
        attachAsKartini(id, DocumentType.PHOTO);
        long photo = service.get(id).documents().stream().filter(d -> d.type() == DocumentType.PHOTO)
                .findFirst().orElseThrow().id();
        service.deleteDocument(id, photo);
        assertThat(service.get(id).documents()).extracting(d -> d.id()).containsExactly(letter);
    }

    private void attachAsKartini(long id, DocumentType type) {
        try {
            Path pdf = Files.createTempFile("evidence", ".pdf");
            Files.writeString(pdf, "%PDF-1.4\n%%EOF\n", StandardCharsets.ISO_8859_1);
            service.uploadDocument(id, type, pdf, type.name().toLowerCase() + ".pdf");
            Files.deleteIfExists(pdf);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theGridFiltersByTextUnitsProvinceInnovationAndYear() {
        signInAs("direktur");
        assertThat(search(new ReplicationFilter("Sheltered", java.util.Set.of(), null, null, null, null, null,
                false))).isNotEmpty().allMatch(item -> item.innovationTitle().contains("Sheltered"));
        assertThat(search(new ReplicationFilter(null, java.util.Set.of(), SOEHARSO, null, null, null, null, false)))
                .isNotEmpty().allMatch(item -> item.originUnitName().equals("Sentra Terpadu Prof. Dr. Soeharso"));
        assertThat(search(new ReplicationFilter(null, java.util.Set.of(), null, KARTINI, null, null, null, false)))
                .isNotEmpty().allMatch(item -> item.adoptingUnitName().equals("Sentra Terpadu Kartini"));
        assertThat(search(new ReplicationFilter(null, java.util.Set.of(), null, null, "Jawa Barat", null, null,
                false))).isNotEmpty().allMatch(item -> item.province().equals("Jawa Barat"));
        assertThat(search(new ReplicationFilter(null, java.util.Set.of(), null, null, null, 1L, null, false)))
                .hasSizeGreaterThanOrEqualTo(8)
                .allMatch(item -> item.innovationTitle().equals("Sheltered Workshop Peduli (SWP)"));
        int thisYear = java.time.Year.now(id.go.kemensos.replika.base.i18n.Formats.ZONE).getValue();
        assertThat(search(new ReplicationFilter(null, java.util.Set.of(), null, null, null, null, thisYear, false)))
                .isNotEmpty();
        assertThat(search(new ReplicationFilter(null, java.util.Set.of(), null, null, null, null, 1995, false)))
                .isEmpty();
        assertThat(search(new ReplicationFilter(null, java.util.Set.of(), null, null, null, null, 2_000_000_000,
                false))).as("an impossible year is ignored, not an error").isNotEmpty();
        var counts = service.countByStatus(new ReplicationFilter(null, java.util.Set.of(ReplicationStatus.DRAFT),
                null, KARTINI, null, null, null, false));
        assertThat(counts.values().stream().mapToLong(Long::longValue).sum())
                .as("counts ignore the status filter").isEqualTo(service.count(new ReplicationFilter(null,
                        java.util.Set.of(), null, KARTINI, null, null, null, false)));
    }

    private List<ReplicationListItem> search(ReplicationFilter filter) {
        return service.search(filter, org.springframework.data.domain.PageRequest.of(0, 500));
    }

    @Test
    void anImplementingReplicationWithoutRecentReportsIsOverdue() {
        long id = fixture(ReplicationStatus.IMPLEMENTING, false);
        transactions.executeWithoutResult(status -> entityManager.find(Replication.class, id)
                .moveTo(ReplicationStatus.IMPLEMENTING, Instant.now().minusSeconds(86_400L * 150)));
        signInAs("direktur");
        assertThat(service.get(id).overdue()).isTrue();
        ReplicationFilter overdue = new ReplicationFilter(null, java.util.Set.of(), null, null, null, null, null, true);
        assertThat(ids(overdue)).contains(id);
        assertThat(service.search(overdue, org.springframework.data.domain.PageRequest.of(0, 500)))
                .allMatch(ReplicationListItem::overdue);
    }

    // --- notifications -------------------------------------------------------------------------------------------

    @Test
    void submissionsTellDirectorsAndDecisionsTellTheAdoptingUnit() {
        long id = fixture(ReplicationStatus.DRAFT);
        signInAs("kartini");
        service.submit(id, service.get(id).version());
        signInAs("direktur");
        assertThat(notificationsFor(id)).contains("notification.replication.submitted");
        service.approve(id, service.get(id).version(), null);

        signInAs("kartini");
        assertThat(notificationsFor(id)).contains("notification.replication.approved")
                .doesNotContain("notification.replication.submitted");
        signInAs("soeharso");
        assertThat(notificationsFor(id)).as("the origin unit is not told of approvals").isEmpty();
        signInAs("wyataguna");
        assertThat(notificationsFor(id)).isEmpty();
    }

    @Test
    void evaluationsTellBothUnits() {
        long id = fixture(ReplicationStatus.IMPLEMENTING);
        signInAs("direktur");
        service.evaluate(id, service.get(id).version(), EvaluationForm.of(4, 4, 4, 4, 4, "Baik"));
        signInAs("kartini");
        assertThat(notificationsFor(id)).contains("notification.replication.evaluated");
        signInAs("soeharso");
        assertThat(notificationsFor(id)).contains("notification.replication.evaluated");
    }

    @Test
    void overdueReportsAreRemindedOncePerOverduePeriod() {
        long id = fixture(ReplicationStatus.IMPLEMENTING, false);
        transactions.executeWithoutResult(status -> entityManager.find(Replication.class, id)
                .moveTo(ReplicationStatus.IMPLEMENTING, Instant.now().minusSeconds(86_400L * 120)));
        assertThat(reminder.remind()).isPositive();
        assertThat(reminder.remind()).as("not every day").isZero();
        signInAs("kartini");
        assertThat(notificationsFor(id)).containsOnlyOnce("notification.replication.overdue");
    }

    @Autowired
    OverdueReportReminder reminder;

    @Autowired
    NotificationService notifications;

    private List<String> notificationsFor(long replicationId) {
        return notifications.latest(50).stream()
                .filter(item -> item.link().equals("replications/" + replicationId))
                .map(NotificationItem::messageKey).toList();
    }

    // --- fixtures ------------------------------------------------------------------------------------------------

    /** A replication of Soeharso's innovation by Kartini in {@code status}, with every requirement in place. */
    private long fixture(ReplicationStatus status) {
        return fixture(status, true);
    }

    private long fixture(ReplicationStatus status, boolean withEvidence) {
        Long id = transactions.execute(tx -> {
            Replication replication = new Replication(entityManager.getReference(InnovationView.class,
                    SOEHARSO_INNOVATION), entityManager.getReference(UnitView.class, SOEHARSO),
                    entityManager.getReference(UnitView.class, KARTINI), Instant.now());
            replication.moveTo(status, Instant.now());
            entityManager.persist(replication);
            return replication.getId();
        });
        if (withEvidence) {
            attach(id, DocumentType.INTEREST_LETTER);
            attach(id, DocumentType.AGREEMENT);
            addReport(id);
        }
        return id;
    }

    private void attach(long id, DocumentType type) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        signInAs("admin");
        try {
            Path pdf = Files.createTempFile("evidence", ".pdf");
            Files.writeString(pdf, "%PDF-1.4\n%%EOF\n", StandardCharsets.ISO_8859_1);
            documents.store(ReplicationService.DOCUMENT_OWNER, id, type, pdf, type.name().toLowerCase() + ".pdf");
            Files.deleteIfExists(pdf);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private void addReport(long id) {
        transactions.executeWithoutResult(tx -> reports.save(new MonitoringReport(id, 2025,
                (int) (Math.random() * 4) + 1, 12, "Pelatihan", null, 30)));
    }

    private static MonitoringReportForm report(int year, int quarter, int progress) {
        MonitoringReportForm form = new MonitoringReportForm();
        form.setYear(year);
        form.setQuarter(quarter);
        form.setPeopleServed(15);
        form.setProgressPercent(progress);
        form.setOutputs("Produksi batik ciprat");
        return form;
    }

    private List<Long> ids(ReplicationFilter filter) {
        return service.search(filter, org.springframework.data.domain.PageRequest.of(0, 500)).stream()
                .map(ReplicationListItem::id).toList();
    }

    private void signInAs(String username) {
        AppUserPrincipal user = (AppUserPrincipal) users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
