package id.go.kemensos.replika.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.kemensos.replika.IntegrationTest;
import id.go.kemensos.replika.base.BusinessException;
import id.go.kemensos.replika.document.DocumentType;
import id.go.kemensos.replika.innovation.AwardForm;
import id.go.kemensos.replika.innovation.AwardGroup;
import id.go.kemensos.replika.innovation.AwardLevel;
import id.go.kemensos.replika.innovation.Competition;
import id.go.kemensos.replika.innovation.InnovationForm;
import id.go.kemensos.replika.innovation.InnovationService;
import id.go.kemensos.replika.innovation.Stage;
import id.go.kemensos.replika.innovation.Sustainability;
import id.go.kemensos.replika.partner.PartnerForm;
import id.go.kemensos.replika.partner.PartnerService;
import id.go.kemensos.replika.replication.EvaluationForm;
import id.go.kemensos.replika.replication.MonitoringReportForm;
import id.go.kemensos.replika.replication.ReplicationForm;
import id.go.kemensos.replika.replication.ReplicationService;
import id.go.kemensos.replika.unit.UnitForm;
import id.go.kemensos.replika.unit.UnitRef;
import id.go.kemensos.replika.unit.UnitService;
import id.go.kemensos.replika.unit.UnitType;
import id.go.kemensos.replika.user.NewUserForm;
import id.go.kemensos.replika.user.UserService;
import id.go.kemensos.replika.workshop.SponsorshipForm;
import id.go.kemensos.replika.workshop.SponsorshipKind;
import id.go.kemensos.replika.workshop.TestimonialForm;
import id.go.kemensos.replika.workshop.WorkshopForm;
import id.go.kemensos.replika.workshop.WorkshopReportForm;
import id.go.kemensos.replika.workshop.WorkshopService;
import id.go.kemensos.replika.workshop.WorkshopStatus;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every form's service operation fed {@value #TRIES} generated hostile inputs (see {@link BadInput}; a fixed seed per
 * operation, so a failure replays). Each try runs as a user who may use the form, in a transaction that is rolled
 * back, and must end in a save or in a refusal with a message the bundles know (a {@link BusinessException}'s key,
 * or Bean Validation messages that are keys); never another exception, and a refusal leaves every table's row count
 * as it was.
 *
 * <p>Generated corpus and {@code @ParameterizedTest} rather than jqwik: see ADR 0018.
 */
@IntegrationTest
class FormFuzzTest {

    static final int TRIES = 60;
    private static final long SEED = 20261201L;

    private static Path pdf;

    @Autowired
    UnitService units;
    @Autowired
    InnovationService innovations;
    @Autowired
    ReplicationService replications;
    @Autowired
    WorkshopService workshops;
    @Autowired
    PartnerService partners;
    @Autowired
    UserService users;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    private final Properties messages = bundle();

    @FunctionalInterface
    interface Attempt {
        Object run(BadInput in) throws Exception;
    }

    /** {@code prepare} runs first in the same transaction (its writes are the test's, not the try's). */
    record Operation(String user, Attempt prepare, Attempt attempt) {

        Operation(String user, Attempt attempt) {
            this(user, in -> null, attempt);
        }
    }

    @BeforeAll
    static void createPdf() throws IOException {
        pdf = Files.createTempFile("fuzz", ".pdf");
        Files.writeString(pdf, "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n");
    }

    @AfterAll
    static void deletePdf() throws IOException {
        Files.deleteIfExists(pdf);
    }

    static Stream<String> forms() {
        return Stream.of("unit.create", "unit.update", "innovation.create", "innovation.update", "award.add",
                "award.update", "endorsement", "replication.propose", "replication.plan", "replication.steps",
                "replication.start", "replication.facilitatorNote", "replication.monitoringReport",
                "replication.evaluation", "workshop.create", "workshop.update", "workshop.report",
                "workshop.testimonial", "partner.create", "partner.update", "sponsorship", "partner.user");
    }

    /** Every form operation the portal has, by name. */
    private Map<String, Operation> operations() {
        Map<String, Operation> all = new LinkedHashMap<>();
        all.put("unit.create", new Operation("admin", in -> units.create(unitForm(in))));
        all.put("unit.update", new Operation("admin", in -> units.update(10, version("unit", 10), unitForm(in))));
        all.put("innovation.create", new Operation("kartini", in -> innovations.create(innovationForm(in))));
        all.put("innovation.update", new Operation("kartini",
                in -> innovations.update(1, version("innovation", 1), innovationForm(in))));
        all.put("award.add", new Operation("panrb", in -> innovations.addAward(in.id(1), awardForm(in))));
        all.put("award.update", new Operation("panrb", in -> {
            long award = jdbc.queryForObject("select min(id) from award where innovation_id = 1", Long.class);
            return innovations.updateAward(1, award, version("award", award), awardForm(in));
        }));
        all.put("endorsement", new Operation("direktur", in -> in.chance(50)
                ? innovations.endorse(in.id(2), version("innovation", 2), in.text())
                : innovations.withdrawEndorsement(1, version("innovation", 1), in.text())));
        all.put("replication.propose", new Operation("admin",
                in -> replications.create(in.id(6), in.chance(80) ? (Long) in.id(11) : null)));
        // 29: a draft adopted by kartini's unit
        all.put("replication.plan", new Operation("kartini",
                in -> replications.updatePlan(29, version("replication", 29), replicationForm(in))));
        // 28: submitted, adopted by unit 10; the director decides
        all.put("replication.steps", new Operation("direktur", in -> switch (in.pick(List.of(0, 1, 2))) {
            case 0 -> replications.approve(28, version("replication", 28), in.text());
            case 1 -> replications.returnToDraft(28, version("replication", 28), in.text());
            default -> replications.discontinue(28, version("replication", 28), in.text());
        }));
        // 27: approved, adopted by unit 10; the agreement is uploaded first so the date is what is checked
        all.put("replication.start", new Operation("kartini",
                in -> replications.uploadDocument(27, DocumentType.AGREEMENT, pdf, "perjanjian.pdf"),
                in -> replications.startImplementation(27, version("replication", 27), in.date())));
        all.put("replication.facilitatorNote", new Operation("panrb",
                in -> replications.updateFacilitatorNote(26, version("replication", 26), in.text())));
        // 26: implementing, adopted by unit 10
        all.put("replication.monitoringReport", new Operation("kartini",
                in -> replications.addMonitoringReport(26, version("replication", 26), monitoringForm(in))));
        all.put("replication.evaluation", new Operation("direktur",
                in -> replications.evaluate(26, version("replication", 26), evaluationForm(in))));
        all.put("workshop.create", new Operation("kartini", in -> workshops.create(null, workshopForm(in))));
        all.put("workshop.update", new Operation("kartini",
                in -> workshops.update(2, version("workshop", 2), workshopForm(in))));
        all.put("workshop.report", new Operation("kartini",
                in -> workshops.addReport(in.id(2), workshopReportForm(in), in.chance(50))));
        all.put("workshop.testimonial", new Operation("kartini",
                in -> workshops.addTestimonial(in.id(2), testimonialForm(in))));
        all.put("partner.create", new Operation("admin", in -> partners.create(partnerForm(in))));
        all.put("partner.update", new Operation("admin",
                in -> partners.update(1, version("partner", 1), partnerForm(in))));
        all.put("sponsorship", new Operation("admin",
                in -> workshops.addSponsorship(in.id(2), in.id(1), sponsorshipForm(in))));
        all.put("partner.user", new Operation("admin", in -> users.createPartnerUser(in.id(1), newUserForm(in))));
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void endsInASaveOrAMessageNeverInAnotherErrorOrAPartialSave(String name) {
        Operation operation = operations().get(name);
        assertThat(operation).as("an operation named " + name).isNotNull();
        signIn(operation.user());
        List<String> failures = new ArrayList<>();
        int saved = 0;
        try {
            for (int attempt = 0; attempt < TRIES; attempt++) {
                long seed = SEED + name.hashCode() * 1000L + attempt;
                String outcome = tryOnce(operation, seed);
                if (outcome == null) {
                    saved++;
                } else if (!outcome.isEmpty()) {
                    failures.add("seed " + seed + ": " + outcome);
                }
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(failures).as(name + ": tries that ended otherwise (saved " + saved + " of " + TRIES + ")")
                .isEmpty();
    }

    /** Found by this test: BCrypt refused passwords over 72 bytes with an IllegalArgumentException. */
    @Test
    void aPasswordLongerThanBcryptReadsIsRefusedWithAMessage() {
        signIn("admin");
        try {
            NewUserForm form = new NewUserForm();
            form.setUsername("fuzz.long");
            form.setFullName("Pengguna Uji");
            form.setInitialPassword("ꦗꦮ".repeat(13));
            assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
                status.setRollbackOnly();
                users.createPartnerUser(1, form);
            })).isInstanceOfSatisfying(BusinessException.class,
                    e -> assertThat(e.getMessageKey()).isEqualTo("user.password.tooLong"));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Found by this test: a year the database cannot store (20255) ended in a database error. */
    @Test
    void aDateTheDatabaseCannotStoreIsRefusedWithAMessage() {
        signIn("kartini");
        try {
            ReplicationForm form = new ReplicationForm();
            form.setPlannedEnd(LocalDate.of(20_255, 1, 1));
            assertThatThrownBy(() -> replications.updatePlan(29, version("replication", 29), form))
                    .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(
                            e.getConstraintViolations()).extracting(ConstraintViolation::getMessage)
                            .containsExactly("error.dateRange"));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Null when saved, empty when refused with a message, otherwise what went wrong. */
    private String tryOnce(Operation operation, long seed) {
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        return transaction.execute(status -> {
            status.setRollbackOnly();
            try {
                operation.prepare().run(new BadInput(seed));
            } catch (Exception e) {
                return "could not prepare: " + e;
            }
            Map<String, Long> before = rowCounts();
            try {
                operation.attempt().run(new BadInput(seed));
                return null;
            } catch (BusinessException e) {
                String problem = known(e.getMessageKey()) ? "" : "unknown message key " + e.getMessageKey();
                return problem.isEmpty() ? unchanged(before) : problem;
            } catch (ConstraintViolationException e) {
                for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
                    String key = violation.getMessage().split(":", 2)[0];
                    if (!known(key)) {
                        return "validation message that is no key: " + violation.getMessage();
                    }
                }
                return unchanged(before);
            } catch (Exception e) {
                return e.getClass().getName() + ": " + e.getMessage();
            }
        });
    }

    private String unchanged(Map<String, Long> before) {
        Map<String, Long> after = rowCounts();
        return after.equals(before) ? "" : "refused but wrote rows: " + before + " -> " + after;
    }

    private boolean known(String key) {
        return key != null && messages.containsKey(key);
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : jdbc.queryForList("select table_name from information_schema.tables "
                + "where table_schema = database() and table_type = 'BASE TABLE'", String.class)) {
            counts.put(table, jdbc.queryForObject("select count(*) from `" + table + "`", Long.class));
        }
        return counts;
    }

    private long version(String table, long id) {
        return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
    }

    private void signIn(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    private static Properties bundle() {
        Properties properties = new Properties();
        try (InputStream in = FormFuzzTest.class.getResourceAsStream("/i18n/messages.properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }

    // --- the forms, filled with hostile values ---------------------------------------------------------------------

    private static UnitForm unitForm(BadInput in) {
        UnitForm form = new UnitForm();
        form.setCode(in.mostlyValidText("FZ"));
        form.setName(in.mostlyValidText("Sentra Uji"));
        form.setType(in.anyOf(UnitType.class));
        form.setParent(in.chance(50) ? null : new UnitRef(in.id(3), in.text(), in.text()));
        form.setCity(in.text());
        form.setProvince(in.text());
        form.setHeadName(in.text());
        return form;
    }

    private static InnovationForm innovationForm(BadInput in) {
        InnovationForm form = new InnovationForm();
        form.setTitle(in.mostlyValidText("Inovasi Uji"));
        // the operator's own unit: the picker offers no other (moving an innovation is an administrator's right)
        form.setOriginUnit(in.chance(10) ? null : new UnitRef(10, in.text(), in.text()));
        form.setInnovators(in.text());
        form.setYearStarted(in.year());
        form.setCategory(in.text());
        form.setProblem(in.text());
        form.setSolution(in.text());
        form.setImpact(in.text());
        form.setDigital(in.chance(50));
        form.setStage(in.anyOf(Stage.class));
        form.setSustainability(in.anyOf(Sustainability.class));
        return form;
    }

    private static AwardForm awardForm(BadInput in) {
        AwardForm form = new AwardForm();
        form.setYear(in.year());
        form.setCompetition(in.anyOf(Competition.class));
        form.setGroup(in.anyOf(AwardGroup.class));
        form.setLevel(in.anyOf(AwardLevel.class));
        form.setNote(in.text());
        return form;
    }

    private static ReplicationForm replicationForm(BadInput in) {
        ReplicationForm form = new ReplicationForm();
        form.setFacilitatorNote(in.text());
        form.setPlannedStart(in.date());
        form.setPlannedEnd(in.date());
        form.setAdaptations(in.text());
        return form;
    }

    private static MonitoringReportForm monitoringForm(BadInput in) {
        MonitoringReportForm form = new MonitoringReportForm();
        form.setYear(in.year());
        form.setQuarter(in.chance(50) ? in.pick(List.of(1, 2, 3, 4)) : in.integer());
        form.setPeopleServed(in.integer());
        form.setOutputs(in.text());
        form.setIssues(in.text());
        form.setProgressPercent(in.chance(50) ? in.pick(List.of(0, 50, 100)) : in.integer());
        return form;
    }

    private static EvaluationForm evaluationForm(BadInput in) {
        EvaluationForm form = new EvaluationForm();
        form.setNovel(score(in));
        form.setEffective(score(in));
        form.setBeneficial(score(in));
        form.setSpreadable(score(in));
        form.setSustainable(score(in));
        form.setRecommendation(in.mostlyValidText("Lanjutkan"));
        return form;
    }

    private static Integer score(BadInput in) {
        return in.chance(70) ? in.pick(List.of(1, 2, 3, 4, 5)) : in.integer();
    }

    private static WorkshopForm workshopForm(BadInput in) {
        WorkshopForm form = new WorkshopForm();
        form.setName(in.mostlyValidText("SWP Uji"));
        form.setVillage(in.text());
        form.setRegency(in.mostlyValidText("Kabupaten Uji"));
        form.setProvince(in.mostlyValidText("Jawa Tengah"));
        form.setFounded(in.date());
        form.setSelfHelpGroup(in.text());
        form.setMentoringStart(in.date());
        form.setMentoringEnd(in.date());
        form.setMentors(in.text());
        form.setProducts(in.text());
        form.setStatus(in.anyOf(WorkshopStatus.class));
        form.setDescription(in.text());
        return form;
    }

    private static WorkshopReportForm workshopReportForm(BadInput in) {
        WorkshopReportForm form = new WorkshopReportForm();
        form.setMonth(in.date());
        form.setMembers(in.integer());
        form.setMentors(in.integer());
        form.setUnitsProduced(in.integer());
        form.setRevenue(in.longNumber());
        form.setAverageIncome(in.longNumber());
        form.setNotes(in.text());
        return form;
    }

    private static TestimonialForm testimonialForm(BadInput in) {
        TestimonialForm form = new TestimonialForm();
        form.setSpeakerName(in.mostlyValidText("Ibu Sri"));
        form.setSpeakerRole(in.text());
        form.setSaidOn(in.date());
        form.setText(in.mostlyValidText("Sangat membantu"));
        form.setEvent(in.text());
        return form;
    }

    private static PartnerForm partnerForm(BadInput in) {
        PartnerForm form = new PartnerForm();
        form.setCompanyName(in.mostlyValidText("PT Uji"));
        form.setProgrammeName(in.text());
        form.setSector(in.text());
        form.setContactPerson(in.text());
        form.setEmail(in.chance(40) ? "mitra" + in.pick(List.of(1, 2, 3)) + "@contoh.id" : in.text());
        form.setPhone(in.chance(40) ? "+62 21 555 0101" : in.text());
        return form;
    }

    private static SponsorshipForm sponsorshipForm(BadInput in) {
        SponsorshipForm form = new SponsorshipForm();
        form.setStartDate(in.date());
        form.setEndDate(in.date());
        form.setAmount(in.longNumber());
        form.setKind(in.anyOf(SponsorshipKind.class));
        form.setDescription(in.text());
        return form;
    }

    private static NewUserForm newUserForm(BadInput in) {
        NewUserForm form = new NewUserForm();
        Integer number = in.integer();
        form.setUsername(in.chance(50) ? "fuzz." + (number == null ? 0 : Math.abs(number % 1000)) : in.text());
        form.setFullName(in.mostlyValidText("Pengguna Uji"));
        form.setEmail(in.chance(40) ? "uji@contoh.id" : in.text());
        form.setInitialPassword(in.chance(50) ? "kata-sandi-yang-panjang" : in.text());
        return form;
    }
}
