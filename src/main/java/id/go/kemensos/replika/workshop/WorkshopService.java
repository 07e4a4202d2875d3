package id.go.kemensos.replika.workshop;

import static id.go.kemensos.replika.base.Texts.blankToNull;
import static id.go.kemensos.replika.base.Texts.containsPattern;
import static id.go.kemensos.replika.base.Texts.matchKey;

import id.go.kemensos.replika.audit.AuditListItem;
import id.go.kemensos.replika.audit.AuditService;
import id.go.kemensos.replika.base.BusinessException;
import id.go.kemensos.replika.base.ImportOutcome;
import id.go.kemensos.replika.base.NotFoundException;
import id.go.kemensos.replika.base.RowProblem;
import id.go.kemensos.replika.base.StaleDataException;
import id.go.kemensos.replika.base.Texts;
import id.go.kemensos.replika.base.i18n.Formats;
import id.go.kemensos.replika.document.DocumentContent;
import id.go.kemensos.replika.document.DocumentInfo;
import id.go.kemensos.replika.document.DocumentService;
import id.go.kemensos.replika.document.DocumentType;
import id.go.kemensos.replika.security.AppUserPrincipal;
import id.go.kemensos.replika.security.CurrentUser;
import id.go.kemensos.replika.security.Role;
import id.go.kemensos.replika.security.Roles;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Care Sheltered Workshops, their monthly figures, sponsorships and testimonials. Directors, PANRB and
 * administrators read all; an operator sees and keeps the workshops its unit coaches; a CSR partner reads only the
 * workshops its company sponsors (now or before) and only its own sponsorships. Anything else is "not found".
 */
@Service
@Validated
@Transactional(readOnly = true)
public class WorkshopService {

    /** The record type of this feature's records in the audit trail. */
    public static final String RECORD_TYPE = Workshop.class.getSimpleName();

    public static final int CODE_MAX = 20;
    public static final int NAME_MAX = 200;
    public static final int VILLAGE_MAX = 150;
    /** Regency and province. */
    public static final int PLACE_MAX = 100;
    public static final int GROUP_MAX = 200;
    /** Mentors and products. */
    public static final int LIST_MAX = 500;
    public static final int DESCRIPTION_MAX = 2000;

    static final String ANYONE = "isAuthenticated()";
    static final String IMPORTERS = "hasRole('ADMIN')";
    private static final Pattern CODE = Pattern.compile("SW-(\\d{4,8})");
    static final String DOCUMENT_OWNER = "WORKSHOP";
    /** A month's figure more than this many times the previous month's needs an explicit confirmation. */
    static final int IMPLAUSIBLE_FACTOR = 10;

    /**
     * The largest page {@code search} returns; larger requests are cut to it. Exports page at this size: offset
     * paging sorts the matching rows again for every page, so fewer, larger pages keep a big export fast.
     */
    public static final int MAX_PAGE = 5000;
    private static final Set<String> SORTABLE = Set.of("code", "name", "regency", "province", "status");

    private final WorkshopRepository workshops;
    private final WorkshopReportRepository reports;
    private final SponsorshipRepository sponsorships;
    private final TestimonialRepository testimonials;
    private final DocumentService documents;
    private final EntityManager entityManager;
    private final Validator validator;

    private final AuditService audit;

    WorkshopService(WorkshopRepository workshops, WorkshopReportRepository reports,
            SponsorshipRepository sponsorships, TestimonialRepository testimonials, DocumentService documents,
            EntityManager entityManager, Validator validator, AuditService audit) {
        this.workshops = workshops;
        this.audit = audit;
        this.reports = reports;
        this.sponsorships = sponsorships;
        this.testimonials = testimonials;
        this.documents = documents;
        this.entityManager = entityManager;
        this.validator = validator;
    }

    // --- the grid -------------------------------------------------------------------------------------------------

    /** One page: one SQL statement, latest members, 12-month revenue and sponsors included. */
    @PreAuthorize(ANYONE)
    public List<WorkshopListItem> search(WorkshopFilter filter, Pageable pageable) {
        List<Sort.Order> orders = pageable.getSort().stream().filter(o -> SORTABLE.contains(o.getProperty()))
                .toList();
        Sort sort = (orders.isEmpty() ? Sort.by("name") : Sort.by(orders)).and(Sort.by("id"));
        return workshops.search(criteria(filter), PageRequest.of(pageable.getPageNumber(),
                Math.max(1, Math.min(pageable.getPageSize(), MAX_PAGE)), sort));
    }

    @PreAuthorize(ANYONE)
    public long count(WorkshopFilter filter) {
        return workshops.countMatching(criteria(filter));
    }

    /** Partners whose name contains {@code text}, for the "sponsored by" filter of staff. */
    @PreAuthorize("hasAnyRole('ADMIN','PANRB','DIRECTOR','UPT_OPERATOR')")
    public List<SponsorRef> sponsorLookup(String text, int offset, int limit) {
        int size = Math.max(1, Math.min(limit, 100));
        return entityManager.createQuery("select new id.go.kemensos.replika.workshop.SponsorRef(p.id, p.companyName) "
                        + "from WorkshopSponsorView p where :text is null or p.companyName like :text escape '!' "
                        + "order by p.companyName, p.id", SponsorRef.class)
                .setParameter("text", containsPattern(text))
                .setFirstResult(Math.max(0, offset) / size * size)
                .setMaxResults(size)
                .getResultList();
    }

    @PreAuthorize("hasAnyRole('ADMIN','PANRB','DIRECTOR','UPT_OPERATOR')")
    public Optional<SponsorRef> findSponsor(long id) {
        return Optional.ofNullable(entityManager.find(SponsorView.class, id))
                .map(view -> new SponsorRef(view.getId(), view.getCompanyName()));
    }

    /**
     * The workshops a unit coaches with their figures for the months from {@code from} to {@code to} (the unit
     * summary). An operator gets only their own unit's workshops.
     */
    @PreAuthorize(Roles.STAFF)
    public List<WorkshopPeriodFigures> figuresOfUnit(long unitId, LocalDate from, LocalDate to) {
        AppUserPrincipal user = CurrentUser.require();
        Long scope = user.hasRole(Role.UPT_OPERATOR) ? Objects.requireNonNullElse(user.getUnitId(), -1L) : null;
        return workshops.figuresOfUnit(unitId, scope, from.withDayOfMonth(1), to);
    }

    // --- figures for the dashboards: grouped in SQL, scoped like the grid ---------------------------------------

    /** How many of the user's workshops are in each status (every status present). */
    @PreAuthorize(ANYONE)
    public Map<WorkshopStatus, Long> countByStatus() {
        Map<WorkshopStatus, Long> counts = new EnumMap<>(WorkshopStatus.class);
        Arrays.stream(WorkshopStatus.values()).forEach(status -> counts.put(status, 0L));
        for (Object[] row : workshops.countByStatus(criteria(WorkshopFilter.all()))) {
            counts.put((WorkshopStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    /**
     * The monthly reports of the user's workshops added up, for every month from {@code from} to {@code to}
     * (a month nobody reported has zeros), oldest first.
     */
    @PreAuthorize(ANYONE)
    public List<MonthTotal> monthlyTotals(LocalDate from, LocalDate to) {
        LocalDate first = from.withDayOfMonth(1);
        LocalDate last = to.withDayOfMonth(1);
        Map<LocalDate, MonthTotal> months = new TreeMap<>();
        for (LocalDate month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.put(month, new MonthTotal(month, 0, 0, 0));
        }
        if (months.isEmpty()) {
            return List.of();
        }
        WorkshopCriteria criteria = criteria(WorkshopFilter.all());
        boolean everyWorkshop = criteria.scopeUnitId() == null && criteria.scopePartnerId() == null;
        for (Object[] row : everyWorkshop ? workshops.monthlyTotalsOfAll(first, last)
                : workshops.monthlyTotals(criteria, first, last)) {
            LocalDate month = (LocalDate) row[0];
            months.put(month, new MonthTotal(month, (Long) row[1], (Long) row[2], (Long) row[3]));
        }
        return List.copyOf(months.values());
    }

    /** The user's workshops by name with their latest month's figures; at most {@code limit} of them. */
    @PreAuthorize(ANYONE)
    public List<WorkshopLatest> latestFigures(int limit) {
        return workshops.latest(criteria(WorkshopFilter.all()),
                PageRequest.of(0, Math.max(1, Math.min(limit, MAX_PAGE)), Sort.by("name").and(Sort.by("id"))));
    }

    // --- one workshop ---------------------------------------------------------------------------------------------

    @PreAuthorize(ANYONE)
    public WorkshopDetails get(long id) {
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

    /** The latest month's figures, for the report form's reference. */
    @PreAuthorize(ANYONE)
    public Optional<WorkshopReportItem> lastReport(long id) {
        loadVisible(id);
        return reports.findLatest(id, PageRequest.of(0, 1)).stream().findFirst().map(WorkshopReport::toItem);
    }

    /** An operator records a workshop of its own unit; an administrator names the coaching unit. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','UPT_OPERATOR')")
    public WorkshopDetails create(Long coachingUnitId, @Valid WorkshopForm form) {
        AppUserPrincipal user = CurrentUser.require();
        long unitId;
        if (user.hasRole(Role.UPT_OPERATOR)) {
            if (coachingUnitId != null && !coachingUnitId.equals(user.getUnitId())) {
                throw new AccessDeniedException("Operators record workshops of their own unit only");
            }
            unitId = user.getUnitId();
        } else {
            if (coachingUnitId == null) {
                throw new BusinessException("workshop.validation.unitRequired", "coachingUnit");
            }
            unitId = coachingUnitId;
        }
        CoachingUnit unit = entityManager.find(CoachingUnit.class, unitId);
        if (unit == null || !unit.isActive()) {
            throw new BusinessException("workshop.validation.unitRequired", "coachingUnit");
        }
        checkForm(unitId, form, null);
        Workshop workshop = new Workshop(nextCode());
        workshop.setCoachingUnit(unit);
        workshop.apply(form);
        return toDetails(saveChecked(workshop));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','UPT_OPERATOR')")
    public WorkshopDetails update(long id, long expectedVersion, @Valid WorkshopForm form) {
        Workshop workshop = loadForChange(id, expectedVersion);
        checkForm(workshop.getCoachingUnit().getId(), form, id);
        workshop.apply(form);
        return toDetails(saveChecked(workshop));
    }

    /**
     * A month's figures. Refused: another user's workshop, a month already reported, a future month, negative
     * numbers; a jump of more than ten times last month's figures only with {@code confirmedJump}.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','UPT_OPERATOR')")
    public WorkshopDetails addReport(long id, @Valid WorkshopReportForm form, boolean confirmedJump) {
        Workshop workshop = loadVisible(id);
        requireKeeper(workshop);
        LocalDate month = form.getMonth().withDayOfMonth(1);
        if (month.isAfter(LocalDate.now(Formats.ZONE).withDayOfMonth(1))) {
            throw new BusinessException("workshop.report.validation.future", "month");
        }
        if (reports.existsMonth(id, month)) {
            throw new BusinessException("workshop.report.validation.duplicate", "month");
        }
        if (!confirmedJump) {
            reports.findMonth(id, month.minusMonths(1)).map(WorkshopReport::toItem)
                    .filter(last -> jump(last.revenue(), form.getRevenue())
                            || jump(last.members(), form.getMembers()))
                    .ifPresent(last -> {
                        throw new BusinessException("workshop.report.implausible", null, IMPLAUSIBLE_FACTOR);
                    });
        }
        try {
            reports.saveAndFlush(new WorkshopReport(id, month, form));
        } catch (DataIntegrityViolationException e) {
            throw new BusinessException("workshop.report.validation.duplicate", "month");
        }
        return toDetails(workshop);
    }

    private static boolean jump(long before, long now) {
        return before > 0 && now > before * IMPLAUSIBLE_FACTOR;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','UPT_OPERATOR')")
    public WorkshopDetails addTestimonial(long id, @Valid TestimonialForm form) {
        Workshop workshop = loadVisible(id);
        requireKeeper(workshop);
        testimonials.saveAndFlush(new Testimonial(id, form));
        return toDetails(workshop);
    }

    // --- sponsorships ---------------------------------------------------------------------------------------------

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public WorkshopDetails addSponsorship(long workshopId, long partnerId, @Valid SponsorshipForm form) {
        Workshop workshop = loadVisible(workshopId);
        SponsorView partner = entityManager.find(SponsorView.class, partnerId);
        if (partner == null) {
            throw new BusinessException("sponsorship.validation.partnerRequired", "partner");
        }
        if (form.getEndDate() != null && form.getEndDate().isBefore(form.getStartDate())) {
            throw new BusinessException("sponsorship.validation.endBeforeStart", "endDate");
        }
        sponsorships.saveAndFlush(new Sponsorship(partner, workshop, form));
        return toDetails(workshop);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void deleteSponsorship(long sponsorshipId) {
        sponsorships.delete(sponsorships.findById(sponsorshipId).orElseThrow(NotFoundException::new));
    }

    /** A partner's sponsorships, for the partner pages of administrators, directors and PANRB. */
    @PreAuthorize("hasAnyRole('ADMIN','PANRB','DIRECTOR')")
    public List<SponsorshipItem> sponsorshipsOf(long partnerId) {
        return sponsorships.findByPartner(partnerId).stream().map(Sponsorship::toItem).toList();
    }

    /** The signed-in CSR partner's home: its workshops, its totals, the latest testimonials. */
    @PreAuthorize("hasRole('CSR_PARTNER')")
    public PartnerOverview partnerOverview() {
        Long ownPartnerId = CurrentUser.require().getPartnerId();
        if (ownPartnerId == null) {
            return new PartnerOverview(List.of(), Map.of(), List.of());
        }
        long partnerId = ownPartnerId;
        List<Sponsorship> own = sponsorships.findByPartner(partnerId);
        Map<Integer, Map<SponsorshipKind, Long>> totals = new TreeMap<>();
        for (Sponsorship sponsorship : own) {
            SponsorshipItem item = sponsorship.toItem();
            totals.computeIfAbsent(item.startDate().getYear(), year -> new EnumMap<>(SponsorshipKind.class))
                    .merge(item.kind(), item.amount(), Long::sum);
        }
        List<Long> ids = own.stream().map(s -> s.toItem().workshopId()).distinct().toList();
        if (ids.isEmpty()) {
            return new PartnerOverview(List.of(), totals, List.of());
        }
        LocalDate today = LocalDate.now(Formats.ZONE);
        LocalDate lastYearStart = today.withDayOfYear(1).minusYears(1);
        Map<Long, List<WorkshopReport>> byWorkshop = reports.findSince(ids, lastYearStart).stream()
                .collect(Collectors.groupingBy(WorkshopReport::getWorkshopId));
        List<PartnerOverview.Headline> headlines = new ArrayList<>();
        for (Sponsorship sponsorship : own) {
            SponsorshipItem item = sponsorship.toItem();
            if (headlines.stream().anyMatch(h -> h.workshopId() == item.workshopId())) {
                continue;
            }
            Workshop workshop = workshops.findWhole(item.workshopId()).orElseThrow();
            List<WorkshopReport> rows = byWorkshop.getOrDefault(item.workshopId(), List.of());
            Integer membersNow = reports.findLatest(item.workshopId(), PageRequest.of(0, 1)).stream().findFirst()
                    .map(r -> r.toItem().members()).orElse(null);
            long thisYear = rows.stream().filter(r -> r.getMonth().getYear() == today.getYear())
                    .mapToLong(WorkshopReport::getRevenue).sum();
            int lastMonth = rows.stream().filter(r -> r.getMonth().getYear() == today.getYear())
                    .mapToInt(r -> r.getMonth().getMonthValue()).max().orElse(0);
            long lastYearSamePeriod = rows.stream().filter(r -> r.getMonth().getYear() == today.getYear() - 1
                    && r.getMonth().getMonthValue() <= lastMonth).mapToLong(WorkshopReport::getRevenue).sum();
            headlines.add(new PartnerOverview.Headline(workshop.getId(), workshop.getName(), workshop.getRegency(),
                    workshop.getStatus(), membersNow, thisYear, lastYearSamePeriod));
        }
        List<TestimonialItem> latest = testimonials.findByWorkshops(ids, PageRequest.of(0, 5)).stream()
                .map(t -> t.toItem(workshops.findWhole(t.getWorkshopId()).map(Workshop::getName).orElse("")))
                .toList();
        return new PartnerOverview(headlines, totals, latest);
    }

    // --- bulk import ----------------------------------------------------------------------------------------------

    /**
     * Everything wrong with each row of an import, in the rows' order, writing nothing: the form's constraints; the
     * code (required, once per file, {@code SW-nnnn} for a new workshop); the coaching unit (known by its code,
     * active for a new workshop, unchanged for an existing one); names unique per unit; the mentoring period.
     */
    @PreAuthorize(IMPORTERS)
    public List<List<RowProblem>> checkImport(List<WorkshopImportRow> rows) {
        Map<String, Workshop> existing = existingByCode(rows);
        Map<String, CoachingUnit> units = unitsByCode(rows);
        Map<String, Integer> rowOfCode = new HashMap<>();
        Map<String, Integer> rowOfName = new HashMap<>();
        List<List<RowProblem>> all = new ArrayList<>();
        for (WorkshopImportRow row : rows) {
            List<RowProblem> problems = new ArrayList<>(RowProblem.fromViolations(validator.validate(row.form())));
            String code = blankToNull(row.code());
            Workshop current = code == null ? null : existing.get(matchKey(code));
            if (code == null) {
                problems.add(RowProblem.of("code", "import.error.codeRequired"));
            } else if (rowOfCode.putIfAbsent(matchKey(code), row.row()) != null) {
                problems.add(RowProblem.of("code", "import.error.duplicateCode", code, rowOfCode.get(matchKey(code))));
            } else if (current == null && codeNumber(code) < 0) {
                problems.add(RowProblem.of("code", "import.error.workshopCodeFormat", code));
            }
            String unitCode = blankToNull(row.coachingUnitCode());
            CoachingUnit unit = unitCode == null ? null : units.get(matchKey(unitCode));
            if (unitCode == null) {
                problems.add(RowProblem.of("coachingUnitCode", "workshop.validation.unitRequired"));
            } else if (unit == null) {
                problems.add(RowProblem.of("coachingUnitCode", "import.error.unknownUnit", unitCode));
            } else if (current != null && !current.getCoachingUnit().getId().equals(unit.getId())) {
                problems.add(RowProblem.of("coachingUnitCode", "import.error.coachingUnitChanged",
                        current.getCoachingUnit().getCode()));
            } else if (current == null && !unit.isActive()) {
                problems.add(RowProblem.of("coachingUnitCode", "workshop.validation.unitRequired"));
            }
            String name = blankToNull(row.form().getName());
            if (unit != null && name != null) {
                String nameKey = unit.getId() + "/" + matchKey(name);
                if (workshops.existsName(unit.getId(), name, current == null ? null : current.getId())) {
                    problems.add(RowProblem.of("name", "workshop.validation.nameTaken"));
                } else if (rowOfName.putIfAbsent(nameKey, row.row()) != null) {
                    problems.add(RowProblem.of("name", "import.error.duplicateName", rowOfName.get(nameKey)));
                }
            }
            WorkshopForm form = row.form();
            if (form.getMentoringStart() != null && form.getMentoringEnd() != null
                    && form.getMentoringEnd().isBefore(form.getMentoringStart())) {
                problems.add(RowProblem.of("mentoringEnd", "workshop.validation.mentoringEnd"));
            }
            all.add(problems);
        }
        return all;
    }

    /**
     * Creates the rows whose code is new and updates the others, all or nothing (the caller's transaction). A row
     * equal to its workshop writes nothing. Refused as a whole if {@link #checkImport} finds any problem.
     */
    @Transactional
    @PreAuthorize(IMPORTERS)
    public List<ImportOutcome> importRows(List<WorkshopImportRow> rows) {
        if (checkImport(rows).stream().anyMatch(problems -> !problems.isEmpty())) {
            throw new BusinessException("import.error.rowsInvalid", null);
        }
        Map<String, Workshop> existing = existingByCode(rows);
        Map<String, CoachingUnit> units = unitsByCode(rows);
        long highestNew = 0;
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (WorkshopImportRow row : rows) {
            String code = row.code().strip();
            Workshop workshop = existing.get(matchKey(code));
            if (workshop == null) {
                workshop = new Workshop(code);
                workshop.setCoachingUnit(units.get(matchKey(row.coachingUnitCode())));
                workshop.apply(row.form());
                saveChecked(workshop);
                highestNew = Math.max(highestNew, codeNumber(code));
                outcomes.add(ImportOutcome.CREATED);
            } else {
                List<Object> before = workshop.formValues();
                workshop.apply(row.form());
                if (before.equals(workshop.formValues())) {
                    outcomes.add(ImportOutcome.UNCHANGED);
                } else {
                    saveChecked(workshop);
                    outcomes.add(ImportOutcome.UPDATED);
                }
            }
        }
        if (highestNew > 0) {
            // the sequence moves past every imported number, so it never generates a code an import took
            entityManager.createNativeQuery("select setval(workshop_code_seq, " + highestNew + ")").getSingleResult();
        }
        return outcomes;
    }

    private Map<String, Workshop> existingByCode(List<WorkshopImportRow> rows) {
        List<String> codes = rows.stream().map(WorkshopImportRow::code).map(Texts::blankToNull)
                .filter(Objects::nonNull).distinct().toList();
        return codes.isEmpty() ? Map.of() : workshops.findByCodes(codes).stream()
                .collect(Collectors.toMap(w -> matchKey(w.getCode()), w -> w, (a, b) -> a));
    }

    private Map<String, CoachingUnit> unitsByCode(List<WorkshopImportRow> rows) {
        List<String> codes = rows.stream().map(WorkshopImportRow::coachingUnitCode).map(Texts::blankToNull)
                .filter(Objects::nonNull).distinct().toList();
        return codes.isEmpty() ? Map.of() : entityManager.createQuery(
                        "select u from WorkshopCoachingUnit u where u.code in :codes", CoachingUnit.class)
                .setParameter("codes", codes).getResultList().stream()
                .collect(Collectors.toMap(u -> matchKey(u.getCode()), u -> u, (a, b) -> a));
    }

    /** The number of a code written exactly as the portal writes them ({@code SW-0042}), otherwise -1. */
    static long codeNumber(String code) {
        Matcher matcher = CODE.matcher(code.strip());
        if (!matcher.matches()) {
            return -1;
        }
        long number = Long.parseLong(matcher.group(1));
        return number > 0 && code.strip().equals(formatCode(number)) ? number : -1;
    }

    private static String formatCode(long number) {
        return "SW-%04d".formatted(number);
    }

    private String nextCode() {
        return formatCode(workshops.nextCodeNumber());
    }

    // --- documents ------------------------------------------------------------------------------------------------

    public static List<DocumentType> documentTypes() {
        return List.of(DocumentType.PHOTO, DocumentType.MONITORING_REPORT, DocumentType.OTHER);
    }

    public long maxDocumentBytes() {
        return documents.maxSizeBytes();
    }

    /** Documents are for staff; CSR partners see figures, sponsorships and testimonials only. */
    @PreAuthorize(Roles.STAFF)
    public List<DocumentInfo> documents(long id) {
        loadVisible(id);
        return documents.list(DOCUMENT_OWNER, id);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','UPT_OPERATOR')")
    public DocumentInfo uploadDocument(long id, DocumentType type, Path file, String originalFileName) {
        requireKeeper(loadVisible(id));
        if (type == null || !documentTypes().contains(type)) {
            throw new BusinessException("innovation.document.typeRequired", "type");
        }
        return documents.store(DOCUMENT_OWNER, id, type, file, originalFileName);
    }

    @PreAuthorize(Roles.STAFF)
    public DocumentContent openDocument(long id, long documentId) {
        loadVisible(id);
        return documents.open(DOCUMENT_OWNER, id, documentId);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','UPT_OPERATOR')")
    public void deleteDocument(long id, long documentId) {
        requireKeeper(loadVisible(id));
        documents.delete(DOCUMENT_OWNER, id, documentId);
    }

    // --- rules ----------------------------------------------------------------------------------------------------

    /** The workshop if the user may see it; otherwise "not found", so nothing leaks about others' workshops. */
    private Workshop loadVisible(long id) {
        Workshop workshop = workshops.findWhole(id).orElseThrow(NotFoundException::new);
        AppUserPrincipal user = CurrentUser.require();
        if (user.hasRole(Role.UPT_OPERATOR) && !Objects.equals(user.getUnitId(), workshop.getCoachingUnit().getId())
                || user.hasRole(Role.CSR_PARTNER) && (user.getPartnerId() == null
                || !sponsorships.sponsors(user.getPartnerId(), id))) {
            throw new NotFoundException();
        }
        return workshop;
    }

    private Workshop loadForChange(long id, long expectedVersion) {
        Workshop workshop = loadVisible(id);
        requireKeeper(workshop);
        if (workshop.getVersion() != expectedVersion) {
            throw new StaleDataException();
        }
        return workshop;
    }

    private static boolean mayKeep(AppUserPrincipal user, Workshop workshop) {
        return user.hasRole(Role.ADMIN) || user.hasRole(Role.UPT_OPERATOR)
                && Objects.equals(user.getUnitId(), workshop.getCoachingUnit().getId());
    }

    private static void requireKeeper(Workshop workshop) {
        if (!mayKeep(CurrentUser.require(), workshop)) {
            throw new AccessDeniedException("Only the coaching unit keeps this workshop's records");
        }
    }

    private void checkForm(long unitId, WorkshopForm form, Long exceptId) {
        if (workshops.existsName(unitId, form.getName().strip(), exceptId)) {
            throw new BusinessException("workshop.validation.nameTaken", "name");
        }
        if (form.getMentoringStart() != null && form.getMentoringEnd() != null
                && form.getMentoringEnd().isBefore(form.getMentoringStart())) {
            throw new BusinessException("workshop.validation.mentoringEnd", "mentoringEnd");
        }
    }

    private Workshop saveChecked(Workshop workshop) {
        try {
            return workshops.saveAndFlush(workshop);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new StaleDataException();
        } catch (DataIntegrityViolationException e) {
            String cause = String.valueOf(e.getMostSpecificCause().getMessage());
            if (cause.contains("uk_workshop_unit_name")) {
                throw new BusinessException("workshop.validation.nameTaken", "name");
            }
            if (cause.contains("uk_workshop_code")) {
                throw new BusinessException("workshop.validation.codeTaken", "code", workshop.getCode());
            }
            throw e;
        }
    }

    private WorkshopCriteria criteria(WorkshopFilter filter) {
        AppUserPrincipal user = CurrentUser.require();
        Long scopeUnit = user.hasRole(Role.UPT_OPERATOR) ? Objects.requireNonNullElse(user.getUnitId(), -1L) : null;
        Long scopePartner = user.hasRole(Role.CSR_PARTNER)
                ? Objects.requireNonNullElse(user.getPartnerId(), -1L) : null;
        // the last 12 months, this one included
        LocalDate since = LocalDate.now(Formats.ZONE).withDayOfMonth(1).minusMonths(11);
        // a partner cannot use the sponsor filter to learn what another partner sponsors
        Long sponsor = scopePartner != null && !scopePartner.equals(filter.sponsorId()) ? null : filter.sponsorId();
        return new WorkshopCriteria(scopeUnit, scopePartner, containsPattern(filter.text()),
                filter.coachingUnitId(), containsPattern(filter.province()), filter.status(), sponsor, since);
    }

    private WorkshopDetails toDetails(Workshop workshop) {
        AppUserPrincipal user = CurrentUser.require();
        long id = workshop.getId();
        Long partnerScope = user.hasRole(Role.CSR_PARTNER) ? user.getPartnerId() : null;
        List<WorkshopReportItem> months = reports.findLatest(id, PageRequest.of(0, 24)).stream()
                .map(WorkshopReport::toItem).toList();
        List<SponsorshipItem> sponsors = sponsorships.findByWorkshop(id, partnerScope).stream()
                .map(Sponsorship::toItem).toList();
        List<TestimonialItem> said = testimonials.findByWorkshops(List.of(id), PageRequest.of(0, 50)).stream()
                .map(t -> t.toItem(workshop.getName())).toList();
        return new WorkshopDetails(id, workshop.getVersion(), workshop.getCode(), workshop.getName(), workshop.getCoachingUnit().getId(),
                workshop.getCoachingUnit().getName(), workshop.getVillage(), workshop.getRegency(),
                workshop.getProvince(), workshop.getFounded(), workshop.getSelfHelpGroup(),
                workshop.getMentoringStart(), workshop.getMentoringEnd(), workshop.getMentors(),
                workshop.getProducts(), workshop.getStatus(), workshop.getDescription(), months, sponsors, said,
                mayKeep(user, workshop), user.hasRole(Role.ADMIN), !user.hasRole(Role.CSR_PARTNER),
                workshop.getCreatedBy(), workshop.getCreatedAt(),
                workshop.getModifiedBy(), workshop.getModifiedAt());
    }
}
