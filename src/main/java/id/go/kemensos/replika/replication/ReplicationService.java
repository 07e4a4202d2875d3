package id.go.kemensos.replika.replication;

import static id.go.kemensos.replika.base.Texts.blankToNull;
import static id.go.kemensos.replika.base.Texts.containsPattern;

import id.go.kemensos.replika.audit.AuditAction;
import id.go.kemensos.replika.audit.AuditListItem;
import id.go.kemensos.replika.audit.AuditService;
import id.go.kemensos.replika.base.BusinessException;
import id.go.kemensos.replika.base.NotFoundException;
import id.go.kemensos.replika.base.StaleDataException;
import id.go.kemensos.replika.base.i18n.Formats;
import id.go.kemensos.replika.base.validation.PlausibleDateValidator;
import id.go.kemensos.replika.document.DocumentContent;
import id.go.kemensos.replika.document.DocumentInfo;
import id.go.kemensos.replika.document.DocumentService;
import id.go.kemensos.replika.document.DocumentType;
import id.go.kemensos.replika.innovation.InnovationDetails;
import id.go.kemensos.replika.innovation.InnovationService;
import id.go.kemensos.replika.notification.Audience;
import id.go.kemensos.replika.notification.NotificationService;
import id.go.kemensos.replika.security.AppUserPrincipal;
import id.go.kemensos.replika.security.CurrentUser;
import id.go.kemensos.replika.security.Role;
import id.go.kemensos.replika.security.Roles;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The replication workflow: a state machine over {@link ReplicationStatus} (see {@link ReplicationAction} for who
 * takes which step), with the evidence each step needs. Directors, PANRB and administrators see every
 * replication; an operator sees those their unit adopts (and acts on them) or originated (read-only), never others.
 * CSR partners see none.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class ReplicationService {

    /** The record type of this feature's records in the audit trail. */
    public static final String RECORD_TYPE = Replication.class.getSimpleName();

    public static final int TEXT_MAX = 2000;
    public static final int REASON_MAX = 1000;
    static final String DOCUMENT_OWNER = "REPLICATION";

    /**
     * The largest page {@code search} returns; larger requests are cut to it. Exports page at this size: offset
     * paging sorts the matching rows again for every page, so fewer, larger pages keep a big export fast.
     */
    public static final int MAX_PAGE = 5000;
    private static final List<ReplicationStatus> FINALS =
            List.of(ReplicationStatus.INSTITUTIONALISED, ReplicationStatus.DISCONTINUED);
    private static final Map<String, List<String>> SORTS = Map.of(
            "innovation", List.of("sourceInnovation.title"),
            "origin", List.of("originUnit.name"),
            "adopting", List.of("adoptingUnit.name"),
            "province", List.of("adoptingUnit.province"),
            "status", List.of("status"),
            "progress", List.of("progressPercent"),
            "lastReport", List.of("lastReportAt"),
            "daysInStatus", List.of("statusSince"),
            "updated", List.of("modifiedAt"));

    private final ReplicationRepository replications;
    private final GridQueries gridQueries;
    private final TransitionRepository transitions;
    private final MonitoringReportRepository reports;
    private final EvaluationRepository evaluations;
    private final InnovationService innovations;
    private final DocumentService documents;
    private final NotificationService notifications;
    private final AuditService audit;
    private final EntityManager entityManager;
    private final Clock clock;
    private final int overdueDays;
    private final int reportDueDays;

    ReplicationService(ReplicationRepository replications, GridQueries gridQueries, TransitionRepository transitions,
            MonitoringReportRepository reports, EvaluationRepository evaluations, InnovationService innovations,
            DocumentService documents, NotificationService notifications, AuditService audit,
            EntityManager entityManager,
            @Value("${replika.replication.overdue-days:100}") int overdueDays,
            @Value("${replika.replication.report-due-days:90}") int reportDueDays) {
        this.replications = replications;
        this.gridQueries = gridQueries;
        this.transitions = transitions;
        this.reports = reports;
        this.evaluations = evaluations;
        this.innovations = innovations;
        this.documents = documents;
        this.notifications = notifications;
        this.audit = audit;
        this.entityManager = entityManager;
        this.clock = Clock.systemUTC();
        this.overdueDays = overdueDays;
        this.reportDueDays = reportDueDays;
    }

    public int overdueDays() {
        return overdueDays;
    }

    /** Days after the last monitoring report (or the start) when the next one is due: a quarter. */
    public int reportDueDays() {
        return Math.min(reportDueDays, overdueDays);
    }

    // --- the grid ---------------------------------------------------------------------------------------------

    /**
     * One page of the status grid: one SQL statement, scoped to what the user may see. The grid's reads are single
     * statements and need no transaction of their own (nor an entity manager).
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    @PreAuthorize(Roles.STAFF)
    public List<ReplicationListItem> search(ReplicationFilter filter, Pageable pageable) {
        int size = Math.max(1, Math.min(pageable.getPageSize(), MAX_PAGE));
        long offset = (long) pageable.getPageNumber() * size;
        return gridQueries.page(criteria(filter), safeSort(pageable.getSort()), offset, size);
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    @PreAuthorize(Roles.STAFF)
    public long count(ReplicationFilter filter) {
        return gridQueries.count(criteria(filter));
    }

    /** How many replications are in each status under the filter's other criteria (its statuses are ignored). */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    @PreAuthorize(Roles.STAFF)
    public Map<ReplicationStatus, Long> countByStatus(ReplicationFilter filter) {
        Map<ReplicationStatus, Long> counts = zeroCounts();
        counts.putAll(gridQueries.countByStatus(criteria(filter), false));
        return counts;
    }

    /**
     * The replications a unit adopted or originated that were open at some time from {@code from} to {@code to}
     * (whole days in WIB), at most {@code limit} rows of each, and their counts per status: the unit summary. An
     * operator sees only replications their own unit takes part in, as in the grid.
     */
    @PreAuthorize(Roles.STAFF)
    public UnitReplications ofUnit(long unitId, LocalDate from, LocalDate to, int limit) {
        AppUserPrincipal user = CurrentUser.require();
        Long scope = user.hasRole(Role.UPT_OPERATOR) ? Objects.requireNonNullElse(user.getUnitId(), -1L) : null;
        Instant start = from.atStartOfDay(Formats.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(Formats.ZONE).toInstant();
        PageRequest first = PageRequest.of(0, Math.max(1, Math.min(limit, MAX_PAGE)));
        Map<ReplicationStatus, Long> adopted = new EnumMap<>(ReplicationStatus.class);
        Map<ReplicationStatus, Long> originated = new EnumMap<>(ReplicationStatus.class);
        for (Object[] row : replications.countAdoptedInPeriod(unitId, scope, start, end, FINALS)) {
            adopted.put((ReplicationStatus) row[0], ((Number) row[1]).longValue());
        }
        for (Object[] row : replications.countOriginatedInPeriod(unitId, scope, start, end, FINALS)) {
            originated.put((ReplicationStatus) row[0], ((Number) row[1]).longValue());
        }
        return new UnitReplications(replications.adoptedInPeriod(unitId, scope, start, end, FINALS, first),
                replications.originatedInPeriod(unitId, scope, start, end, FINALS, first), adopted, originated);
    }

    // --- figures for the dashboards: grouped in SQL, scoped like the grid -------------------------------------

    /** Replications per adopting unit and status under the filter, the unit with most first. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    @PreAuthorize(Roles.STAFF)
    public List<AdoptingUnitCount> countByAdoptingUnit(ReplicationFilter filter) {
        Map<Long, AdoptingUnitCount> units = new LinkedHashMap<>();
        for (Object[] row : gridQueries.countByAdoptingUnit(criteria(filter))) {
            units.computeIfAbsent((Long) row[0], id -> new AdoptingUnitCount(id, (String) row[1], (String) row[2],
                    zeroCounts())).byStatus().put((ReplicationStatus) row[3], (Long) row[4]);
        }
        return units.values().stream()
                .sorted(Comparator.comparingLong(AdoptingUnitCount::total).reversed()
                        .thenComparing(AdoptingUnitCount::unitName).thenComparingLong(AdoptingUnitCount::unitId))
                .toList();
    }

    /** Replications per province of the adopting unit and status under the filter, the province with most first. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    @PreAuthorize(Roles.STAFF)
    public List<ProvinceReplications> countByProvince(ReplicationFilter filter) {
        Map<String, ProvinceReplications> provinces = new HashMap<>();
        for (Object[] row : gridQueries.countByProvince(criteria(filter))) {
            provinces.computeIfAbsent((String) row[0], name -> new ProvinceReplications(name, zeroCounts()))
                    .byStatus().put((ReplicationStatus) row[1], (Long) row[2]);
        }
        return provinces.values().stream()
                .sorted(Comparator.comparingLong(ProvinceReplications::total).reversed()
                        .thenComparing(ProvinceReplications::province,
                                Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /**
     * Active UPTs that adopt no replication at all, or none begun in {@code year} when one is given, by name. For
     * those who oversee every unit.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN','PANRB','DIRECTOR')")
    public List<AdoptingUnitCount> idleAdoptingUnits(Integer year) {
        return gridQueries.idleAdoptingUnits(year).stream()
                .map(row -> new AdoptingUnitCount((Long) row[0], (String) row[1], (String) row[2], zeroCounts()))
                .toList();
    }

    private static Map<ReplicationStatus, Long> zeroCounts() {
        Map<ReplicationStatus, Long> counts = new EnumMap<>(ReplicationStatus.class);
        Arrays.stream(ReplicationStatus.values()).forEach(status -> counts.put(status, 0L));
        return counts;
    }

    private static Instant yearStart(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(Formats.ZONE).toInstant();
    }

    // --- one replication --------------------------------------------------------------------------------------

    @PreAuthorize(Roles.STAFF)
    public ReplicationDetails get(long id) {
        return toDetails(loadVisible(id));
    }

    /**
     * The record's newest audit entries, newest first, for its History section: for whoever may see the record
     * (staff only; see {@link AuditService#history}).
     */
    @PreAuthorize(Roles.STAFF)
    public List<AuditListItem> history(long id, int limit) {
        loadVisible(id);
        return audit.history(RECORD_TYPE, id, limit);
    }

    /**
     * Starts a replication of another unit's innovation as a draft. An operator replicates into their own unit;
     * an administrator names the adopting unit.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','UPT_OPERATOR')")
    public ReplicationDetails create(long innovationId, Long adoptingUnitId) {
        AppUserPrincipal user = CurrentUser.require();
        long adopting;
        if (user.hasRole(Role.UPT_OPERATOR)) {
            if (adoptingUnitId != null && !adoptingUnitId.equals(user.getUnitId())) {
                throw new AccessDeniedException("Operators replicate into their own unit only");
            }
            adopting = user.getUnitId();
        } else {
            if (adoptingUnitId == null) {
                throw new BusinessException("replication.validation.adoptingUnitRequired", "adoptingUnit");
            }
            adopting = adoptingUnitId;
        }
        InnovationDetails innovation = innovations.get(innovationId);
        if (innovation.originUnit().id() == adopting) {
            throw new BusinessException("replication.validation.ownInnovation", null);
        }
        if (replications.existsOpen(innovationId, adopting, FINALS)) {
            throw new BusinessException("replication.validation.alreadyOpen", null);
        }
        UnitView adoptingUnit = entityManager.find(UnitView.class, adopting);
        if (adoptingUnit == null || !adoptingUnit.isActive()) {
            throw new BusinessException("replication.validation.adoptingUnitInactive", "adoptingUnit");
        }
        Replication replication = new Replication(entityManager.getReference(InnovationView.class, innovationId),
                entityManager.getReference(UnitView.class, innovation.originUnit().id()), adoptingUnit, now());
        replications.saveAndFlush(replication);
        record(replication, null, ReplicationStatus.DRAFT, null);
        return toDetails(loadVisible(replication.getId()));
    }

    /** The plan (dates, adaptations, facilitator note): the adopting unit's operator or an administrator. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','UPT_OPERATOR')")
    public ReplicationDetails updatePlan(long id, long expectedVersion, @Valid ReplicationForm form) {
        Replication replication = loadForChange(id, expectedVersion);
        if (!mayEditPlan(CurrentUser.require(), replication)) {
            throw new AccessDeniedException("Only the adopting unit changes the plan of an open replication");
        }
        if (form.getPlannedStart() != null && form.getPlannedEnd() != null
                && form.getPlannedEnd().isBefore(form.getPlannedStart())) {
            throw new BusinessException("replication.validation.plannedEnd", "plannedEnd");
        }
        replication.setFacilitatorNote(blankToNull(form.getFacilitatorNote()));
        replication.setPlannedStart(form.getPlannedStart());
        replication.setPlannedEnd(form.getPlannedEnd());
        replication.setAdaptations(blankToNull(form.getAdaptations()));
        return save(replication);
    }

    /** The facilitator's note: PANRB facilitators, directors and administrators, while the replication is open. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','PANRB','DIRECTOR')")
    public ReplicationDetails updateFacilitatorNote(long id, long expectedVersion, String note) {
        Replication replication = loadForChange(id, expectedVersion);
        if (replication.getStatus().isFinal()) {
            throw new BusinessException("replication.transition.invalid", null);
        }
        String trimmed = blankToNull(note);
        if (trimmed != null && trimmed.length() > TEXT_MAX) {
            throw new BusinessException("validation.tooLong", "facilitatorNote", TEXT_MAX);
        }
        replication.setFacilitatorNote(trimmed);
        return save(replication);
    }

    // --- the workflow -----------------------------------------------------------------------------------------

    @Transactional
    @PreAuthorize(Roles.STAFF)
    public ReplicationDetails submit(long id, long expectedVersion) {
        Replication replication = startStep(id, expectedVersion, ReplicationAction.SUBMIT);
        requireDocument(replication, DocumentType.INTEREST_LETTER, "replication.requires.interestLetter");
        return finishStep(replication, ReplicationAction.SUBMIT, null);
    }

    @Transactional
    @PreAuthorize(Roles.STAFF)
    public ReplicationDetails returnToDraft(long id, long expectedVersion, String reason) {
        Replication replication = startStep(id, expectedVersion, ReplicationAction.RETURN);
        return finishStep(replication, ReplicationAction.RETURN, requiredReason(reason));
    }

    @Transactional
    @PreAuthorize(Roles.STAFF)
    public ReplicationDetails approve(long id, long expectedVersion, String comment) {
        Replication replication = startStep(id, expectedVersion, ReplicationAction.APPROVE);
        return finishStep(replication, ReplicationAction.APPROVE, optionalReason(comment));
    }

    @Transactional
    @PreAuthorize(Roles.STAFF)
    public ReplicationDetails startImplementation(long id, long expectedVersion, LocalDate actualStart) {
        Replication replication = startStep(id, expectedVersion, ReplicationAction.START);
        requireDocument(replication, DocumentType.AGREEMENT, "replication.requires.agreement");
        if (actualStart == null) {
            throw new BusinessException("replication.requires.actualStart", "actualStart");
        }
        if (actualStart.isAfter(today())) {
            throw new BusinessException("replication.validation.actualStartFuture", "actualStart");
        }
        if (!PlausibleDateValidator.isPlausible(actualStart)) {
            throw new BusinessException("error.dateRange", "actualStart");
        }
        replication.setActualStart(actualStart);
        return finishStep(replication, ReplicationAction.START, null);
    }

    @Transactional
    @PreAuthorize(Roles.STAFF)
    public ReplicationDetails evaluate(long id, long expectedVersion, @Valid EvaluationForm form) {
        Replication replication = startStep(id, expectedVersion, ReplicationAction.EVALUATE);
        if (reports.countByReplication(id) == 0) {
            throw new BusinessException("replication.requires.report", null);
        }
        if (evaluations.findByReplication(id).isPresent()) {
            throw new BusinessException("replication.validation.alreadyEvaluated", null);
        }
        evaluations.save(new Evaluation(id, form, CurrentUser.require().getFullName(), today()));
        return finishStep(replication, ReplicationAction.EVALUATE, null);
    }

    @Transactional
    @PreAuthorize(Roles.STAFF)
    public ReplicationDetails institutionalise(long id, long expectedVersion, String comment) {
        Replication replication = startStep(id, expectedVersion, ReplicationAction.INSTITUTIONALISE);
        replication.setActualEnd(today());
        return finishStep(replication, ReplicationAction.INSTITUTIONALISE, optionalReason(comment));
    }

    @Transactional
    @PreAuthorize(Roles.STAFF)
    public ReplicationDetails discontinue(long id, long expectedVersion, String reason) {
        Replication replication = startStep(id, expectedVersion, ReplicationAction.DISCONTINUE);
        return finishStep(replication, ReplicationAction.DISCONTINUE, requiredReason(reason));
    }

    /** A quarterly report by the adopting unit's operator while implementing; it sets the progress. */
    @Transactional
    @PreAuthorize(Roles.STAFF)
    public ReplicationDetails addMonitoringReport(long id, long expectedVersion, @Valid MonitoringReportForm form) {
        Replication replication = loadForChange(id, expectedVersion);
        if (!mayReport(CurrentUser.require(), replication)) {
            if (replication.getStatus() != ReplicationStatus.IMPLEMENTING) {
                throw new BusinessException("replication.report.notImplementing", null);
            }
            throw new AccessDeniedException("Only the adopting unit reports on its replication");
        }
        int thisYear = Year.now(Formats.ZONE).getValue();
        if (form.getYear() > thisYear) {
            throw new BusinessException("report.validation.period", "year");
        }
        LocalDate periodStart = LocalDate.of(form.getYear(), (form.getQuarter() - 1) * 3 + 1, 1);
        if (periodStart.isAfter(today())) {
            throw new BusinessException("report.validation.period", "quarter");
        }
        if (reports.existsPeriod(id, form.getYear(), form.getQuarter())) {
            throw new BusinessException("report.validation.duplicate", "quarter", form.getQuarter(),
                    String.valueOf(form.getYear()));
        }
        reports.saveAndFlush(new MonitoringReport(id, form.getYear(), form.getQuarter(), form.getPeopleServed(),
                blankToNull(form.getOutputs()), blankToNull(form.getIssues()), form.getProgressPercent()));
        replication.recordReport(form.getProgressPercent(), now());
        return save(replication);
    }

    // --- documents ---------------------------------------------------------------------------------------------

    /** The document types a replication's steps ask for, plus photos and others. */
    public static List<DocumentType> documentTypes() {
        return List.of(DocumentType.INTEREST_LETTER, DocumentType.AGREEMENT, DocumentType.TEAM_DECREE,
                DocumentType.ACTION_PLAN, DocumentType.MONITORING_REPORT, DocumentType.EVALUATION_REPORT,
                DocumentType.PHOTO, DocumentType.OTHER);
    }

    @Transactional
    @PreAuthorize(Roles.STAFF)
    public DocumentInfo uploadDocument(long id, DocumentType type, Path file, String originalFileName) {
        Replication replication = loadVisibleForUpdate(id);
        if (!mayManageDocuments(CurrentUser.require(), replication)) {
            throw new AccessDeniedException("Documents are added by the adopting unit while the replication is open");
        }
        if (type == null || !documentTypes().contains(type)) {
            throw new BusinessException("replication.document.typeRequired", "type");
        }
        return documents.store(DOCUMENT_OWNER, id, type, file, originalFileName);
    }

    @PreAuthorize(Roles.STAFF)
    public DocumentContent openDocument(long id, long documentId) {
        loadVisible(id);
        return documents.open(DOCUMENT_OWNER, id, documentId);
    }

    @Transactional
    @PreAuthorize(Roles.STAFF)
    public void deleteDocument(long id, long documentId) {
        Replication replication = loadVisibleForUpdate(id);
        if (!mayManageDocuments(CurrentUser.require(), replication)) {
            throw new AccessDeniedException("Documents are removed by the adopting unit while the replication is open");
        }
        DocumentType type = documents.list(DOCUMENT_OWNER, id).stream().filter(doc -> doc.id() == documentId)
                .map(DocumentInfo::type).findFirst().orElseThrow(NotFoundException::new);
        if (stillNeeded(type, replication.getStatus())) {
            throw new BusinessException("replication.document.stillNeeded", null);
        }
        documents.delete(DOCUMENT_OWNER, id, documentId);
    }

    public long maxDocumentBytes() {
        return documents.maxSizeBytes();
    }

    // --- rules ---------------------------------------------------------------------------------------------------

    private Replication startStep(long id, long expectedVersion, ReplicationAction action) {
        Replication replication = loadForChange(id, expectedVersion);
        AppUserPrincipal user = CurrentUser.require();
        if (!action.allowedFor(user.getRole(), user.getUnitId(), replication.getAdoptingUnit().getId())) {
            throw new AccessDeniedException("Not allowed to " + action + " this replication");
        }
        if (!action.validFrom(replication.getStatus())) {
            throw new BusinessException("replication.transition.invalid", null, action.name(),
                    replication.getStatus().name());
        }
        return replication;
    }

    private ReplicationDetails finishStep(Replication replication, ReplicationAction action, String reason) {
        ReplicationStatus from = replication.getStatus();
        replication.moveTo(action.to(), now());
        record(replication, from, action.to(), reason);
        ReplicationDetails details = save(replication);
        announce(action, replication, reason);
        return details;
    }

    /** Tells those who must act or know: directors of a submission, the units of decisions and evaluations. */
    private void announce(ReplicationAction action, Replication replication, String reason) {
        String key = switch (action) {
            case SUBMIT -> "notification.replication.submitted";
            case RETURN -> "notification.replication.returned";
            case APPROVE -> "notification.replication.approved";
            case DISCONTINUE -> "notification.replication.discontinued";
            case EVALUATE -> "notification.replication.evaluated";
            default -> null;
        };
        if (key == null) {
            return;
        }
        List<String> args = List.of(replication.getSourceInnovation().getTitle(),
                replication.getAdoptingUnit().getName(), reason == null ? "" : reason);
        String link = "replications/" + replication.getId();
        Audience adopting = Audience.unit(Role.UPT_OPERATOR, replication.getAdoptingUnit().getId());
        switch (action) {
            case SUBMIT -> notifications.notify(Audience.role(Role.DIRECTOR), key, args, link, null);
            case EVALUATE -> {
                notifications.notify(adopting, key, args, link, null);
                notifications.notify(Audience.unit(Role.UPT_OPERATOR, replication.getOriginUnit().getId()), key,
                        args, link, null);
            }
            default -> notifications.notify(adopting, key, args, link, null);
        }
    }

    /** The timeline's step, and the audit trail's TRANSITION entry (the step's own row is not audited). */
    private void record(Replication replication, ReplicationStatus from, ReplicationStatus to, String reason) {
        transitions.save(new ReplicationTransition(replication.getId(), from, to,
                CurrentUser.require().getFullName(), reason));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", from == null ? null : from.name());
        details.put("to", to.name());
        details.put("reason", reason);
        audit.record(AuditAction.TRANSITION, Replication.class.getSimpleName(), replication.getId(), details);
    }

    private Set<ReplicationAction> allowedActions(AppUserPrincipal user, Replication replication) {
        return Arrays.stream(ReplicationAction.values())
                .filter(action -> action.validFrom(replication.getStatus()))
                .filter(action -> action.allowedFor(user.getRole(), user.getUnitId(),
                        replication.getAdoptingUnit().getId()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReplicationAction.class)));
    }

    private static boolean adopts(AppUserPrincipal user, Replication replication) {
        return user.hasRole(Role.UPT_OPERATOR)
                && Objects.equals(user.getUnitId(), replication.getAdoptingUnit().getId());
    }

    private static boolean mayEditPlan(AppUserPrincipal user, Replication replication) {
        return !replication.getStatus().isFinal() && (user.hasRole(Role.ADMIN) || adopts(user, replication));
    }

    private static boolean mayEditNote(AppUserPrincipal user, Replication replication) {
        return !replication.getStatus().isFinal() && (user.hasRole(Role.ADMIN) || user.hasRole(Role.PANRB)
                || user.hasRole(Role.DIRECTOR));
    }

    private static boolean mayReport(AppUserPrincipal user, Replication replication) {
        return replication.getStatus() == ReplicationStatus.IMPLEMENTING && adopts(user, replication);
    }

    private static boolean mayManageDocuments(AppUserPrincipal user, Replication replication) {
        return !replication.getStatus().isFinal() && (user.hasRole(Role.ADMIN) || adopts(user, replication));
    }

    /** Evidence of a step already taken stays: the interest letter once submitted, the agreement once started. */
    private static boolean stillNeeded(DocumentType type, ReplicationStatus status) {
        return type == DocumentType.INTEREST_LETTER && status != ReplicationStatus.DRAFT
                || type == DocumentType.AGREEMENT && (status == ReplicationStatus.IMPLEMENTING
                || status == ReplicationStatus.EVALUATED);
    }

    private void requireDocument(Replication replication, DocumentType type, String key) {
        boolean present = documents.list(DOCUMENT_OWNER, replication.getId()).stream()
                .anyMatch(document -> document.type() == type);
        if (!present) {
            throw new BusinessException(key, null);
        }
    }

    private static String requiredReason(String reason) {
        String trimmed = blankToNull(reason);
        if (trimmed == null) {
            throw new BusinessException("replication.requires.reason", "reason");
        }
        return optionalReason(trimmed);
    }

    private static String optionalReason(String text) {
        String trimmed = blankToNull(text);
        if (trimmed != null && trimmed.length() > REASON_MAX) {
            throw new BusinessException("validation.tooLong", "reason", REASON_MAX);
        }
        return trimmed;
    }

    /** The replication, if the user may see it; otherwise "not found" (an operator learns nothing of others). */
    private Replication loadVisible(long id) {
        return visible(replications.findWhole(id).orElseThrow(NotFoundException::new));
    }

    /** Like {@link #loadVisible}, locking the row until the transaction ends: changes to one replication queue up. */
    private Replication loadVisibleForUpdate(long id) {
        return visible(replications.findWholeForUpdate(id).orElseThrow(NotFoundException::new));
    }

    private Replication visible(Replication replication) {
        AppUserPrincipal user = CurrentUser.require();
        if (user.hasRole(Role.UPT_OPERATOR)) {
            Long unit = user.getUnitId();
            if (!Objects.equals(unit, replication.getAdoptingUnit().getId())
                    && !Objects.equals(unit, replication.getOriginUnit().getId())) {
                throw new NotFoundException();
            }
        }
        return replication;
    }

    private Replication loadForChange(long id, long expectedVersion) {
        Replication replication = loadVisibleForUpdate(id);
        if (replication.getVersion() != expectedVersion) {
            throw new StaleDataException();
        }
        return replication;
    }

    private ReplicationDetails save(Replication replication) {
        try {
            replications.saveAndFlush(replication);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new StaleDataException();
        }
        return toDetails(replication);
    }

    private GridCriteria criteria(ReplicationFilter filter) {
        AppUserPrincipal user = CurrentUser.require();
        Long scope = user.hasRole(Role.UPT_OPERATOR) ? Objects.requireNonNullElse(user.getUnitId(), -1L) : null;
        boolean anyStatus = filter.statuses() == null || filter.statuses().isEmpty();
        List<ReplicationStatus> statuses = anyStatus ? List.of(ReplicationStatus.values())
                : List.copyOf(filter.statuses());
        Integer year = filter.year() == null || filter.year() < 1900 || filter.year() > 9999 ? null : filter.year();
        Instant yearStart = year == null ? null : yearStart(year);
        Instant yearEnd = year == null ? null : yearStart(year + 1);
        return new GridCriteria(scope, containsPattern(filter.text()), anyStatus, statuses, filter.originUnitId(),
                filter.adoptingUnitId(), blankToNull(filter.province()), filter.innovationId(), year, yearStart, yearEnd,
                filter.overdueOnly(), overdueBefore(), filter.reportDueOnly(),
                now().minus(Duration.ofDays(reportDueDays())));
    }

    Instant overdueBefore() {
        return now().minus(Duration.ofDays(overdueDays));
    }

    private boolean isOverdue(Replication replication) {
        Instant last = replication.getLastReportAt() != null ? replication.getLastReportAt()
                : replication.getStatusSince();
        return replication.getStatus() == ReplicationStatus.IMPLEMENTING && last.isBefore(overdueBefore());
    }

    private ReplicationDetails toDetails(Replication replication) {
        AppUserPrincipal user = CurrentUser.require();
        long id = replication.getId();
        List<TransitionItem> timeline = transitions.findByReplication(id).stream()
                .map(t -> new TransitionItem(t.getFromStatus(), t.getToStatus(), t.getActorName(), t.getReason(),
                        t.getCreatedAt()))
                .toList();
        List<MonitoringReportItem> reportItems = reports.findByReplication(id).stream()
                .map(m -> new MonitoringReportItem(m.getId(), m.getYear(), m.getQuarter(), m.getPeopleServed(),
                        m.getOutputs(), m.getIssues(), m.getProgressPercent(), m.getCreatedBy(), m.getCreatedAt()))
                .toList();
        EvaluationItem evaluation = evaluations.findByReplication(id).map(Evaluation::toItem).orElse(null);
        return new ReplicationDetails(id, replication.getVersion(), replication.getSourceInnovation().getId(),
                replication.getSourceInnovation().getCode(), replication.getSourceInnovation().getTitle(),
                replication.getOriginUnit().getId(), replication.getOriginUnit().getName(),
                replication.getAdoptingUnit().getId(), replication.getAdoptingUnit().getName(),
                replication.getStatus(), replication.getStatusSince(), replication.getFacilitatorNote(),
                replication.getPlannedStart(), replication.getPlannedEnd(), replication.getActualStart(),
                replication.getActualEnd(), replication.getAdaptations(), replication.getProgressPercent(),
                replication.getLastReportAt(), isOverdue(replication), timeline, reportItems, evaluation,
                documents.list(DOCUMENT_OWNER, id), allowedActions(user, replication),
                mayEditPlan(user, replication), mayEditNote(user, replication), mayReport(user, replication),
                mayManageDocuments(user, replication),
                replication.getCreatedBy(), replication.getCreatedAt(), replication.getModifiedBy(),
                replication.getModifiedAt());
    }

    private static Sort safeSort(Sort requested) {
        List<Sort.Order> orders = requested.stream()
                .filter(order -> SORTS.containsKey(order.getProperty()))
                .flatMap(order -> SORTS.get(order.getProperty()).stream()
                        .map(property -> new Sort.Order(direction(order), property)))
                .toList();
        return orders.isEmpty() ? Sort.by(Sort.Direction.DESC, "modifiedAt") : Sort.by(orders);
    }

    /** More days in a status means an earlier status change, so that column sorts the other way round. */
    private static Sort.Direction direction(Sort.Order order) {
        boolean inverted = order.getProperty().equals("daysInStatus");
        return inverted == order.isAscending() ? Sort.Direction.DESC : Sort.Direction.ASC;
    }

    private Instant now() {
        return clock.instant();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }
}
