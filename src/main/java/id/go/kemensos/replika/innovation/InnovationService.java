package id.go.kemensos.replika.innovation;

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
import id.go.kemensos.replika.unit.UnitRef;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * The innovations registry. Staff read every innovation (operators look for what to replicate); an operator
 * creates and edits only their own unit's innovations; PANRB, directors and administrators record awards and
 * endorse; only an administrator moves an innovation to another unit. CSR partners have no access here.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class InnovationService {

    /** The record type of this feature's records in the audit trail. */
    public static final String RECORD_TYPE = Innovation.class.getSimpleName();

    public static final int CODE_MAX = 20;
    public static final int TITLE_MIN = 5;
    public static final int TITLE_MAX = 200;
    public static final int INNOVATORS_MAX = 500;
    public static final int CATEGORY_MAX = 100;
    public static final int TEXT_MAX = 2000;
    public static final int NOTE_MAX = 1000;
    public static final int AWARD_NOTE_MAX = 500;
    public static final int FIRST_START_YEAR = 1990;
    public static final int FIRST_AWARD_YEAR = 2014;

    static final String EDITORS = "hasAnyRole('ADMIN','UPT_OPERATOR')";
    static final String REVIEWERS = "hasAnyRole('ADMIN','PANRB','DIRECTOR')";
    /** Administrators and directors load innovations in bulk (directors hold the Directorate's registry). */
    static final String IMPORTERS = "hasAnyRole('ADMIN','DIRECTOR')";
    private static final Pattern CODE = Pattern.compile("INV-(\\d{4})-(\\d{4,8})");

    /**
     * The largest page {@code search} returns; larger requests are cut to it. Exports page at this size: offset
     * paging sorts the matching rows again for every page, so fewer, larger pages keep a big export fast.
     */
    public static final int MAX_PAGE = 5000;
    /** Grid sort keys and the query expressions they sort by. */
    private static final Map<String, List<String>> SORTS = Map.of(
            "code", List.of("code"),
            "title", List.of("title"),
            "unit", List.of("originUnit.name"),
            "stage", List.of("stage"),
            "sustainability", List.of("sustainability"),
            "bestAward", List.of("bestAwardRank", "bestAwardYear"),
            "endorsed", List.of("endorsed"));

    private static final String DOCUMENT_OWNER = "INNOVATION";

    private final InnovationRepository innovations;
    private final AwardRepository awards;
    private final OriginUnitRepository units;
    private final DocumentService documents;
    private final Validator validator;
    private final EntityManager entityManager;

    private final AuditService audit;

    InnovationService(InnovationRepository innovations, AwardRepository awards, OriginUnitRepository units,
            DocumentService documents, Validator validator, EntityManager entityManager, AuditService audit) {
        this.innovations = innovations;
        this.audit = audit;
        this.awards = awards;
        this.units = units;
        this.documents = documents;
        this.validator = validator;
        this.entityManager = entityManager;
    }

    /** One page of the grid: one SQL statement for the rows, whatever the filter and sort. */
    @PreAuthorize(Roles.STAFF)
    public List<InnovationListItem> search(InnovationFilter filter, Pageable pageable) {
        int size = Math.max(1, Math.min(pageable.getPageSize(), MAX_PAGE));
        return innovations.search(containsPattern(filter.text()), filter.unitId(), blankToNull(filter.province()),
                filter.stage(), filter.sustainability(), filter.endorsedOnly(), filter.hasAwardCriteria(),
                filter.awardLevel(), filter.awardYearFrom(), filter.awardYearTo(),
                PageRequest.of(pageable.getPageNumber(), size, safeSort(pageable.getSort())));
    }

    @PreAuthorize(Roles.STAFF)
    public long count(InnovationFilter filter) {
        return innovations.countMatching(containsPattern(filter.text()), filter.unitId(), blankToNull(filter.province()),
                filter.stage(), filter.sustainability(), filter.endorsedOnly(), filter.hasAwardCriteria(),
                filter.awardLevel(), filter.awardYearFrom(), filter.awardYearTo());
    }

    // --- figures for the dashboards, grouped in SQL ---------------------------------------------------------

    /**
     * How many innovations stand at each stage with each sustainability; only those started in
     * {@code yearStarted} when it is given. Every stage and sustainability is present (zero when none).
     */
    @PreAuthorize(Roles.STAFF)
    public Map<Stage, Map<Sustainability, Long>> countByStageAndSustainability(Integer yearStarted) {
        Map<Stage, Map<Sustainability, Long>> counts = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            Map<Sustainability, Long> row = new EnumMap<>(Sustainability.class);
            Arrays.stream(Sustainability.values()).forEach(sustainability -> row.put(sustainability, 0L));
            counts.put(stage, row);
        }
        for (Object[] row : yearStarted == null ? innovations.countByStageAndSustainability()
                : innovations.countByStageAndSustainability(yearStarted.intValue())) {
            counts.get((Stage) row[0]).put((Sustainability) row[1], (Long) row[2]);
        }
        return counts;
    }

    /**
     * For each year from {@code fromYear} to {@code toYear}, how many innovations reached each award level in any
     * competition that year (an innovation counts once per level and year). Every year and level is present.
     */
    @PreAuthorize(Roles.STAFF)
    public List<AwardedInnovations> countAwardedInnovations(int fromYear, int toYear) {
        Map<Integer, AwardedInnovations> years = new TreeMap<>();
        for (int year = fromYear; year <= toYear; year++) {
            Map<AwardLevel, Long> levels = new EnumMap<>(AwardLevel.class);
            Arrays.stream(AwardLevel.values()).forEach(level -> levels.put(level, 0L));
            years.put(year, new AwardedInnovations(year, levels));
        }
        for (Object[] row : awards.countInnovationsByYearAndLevel(fromYear, toYear)) {
            years.get((Integer) row[0]).byLevel().put((AwardLevel) row[1], (Long) row[2]);
        }
        return List.copyOf(years.values());
    }

    @PreAuthorize(Roles.STAFF)
    public InnovationDetails get(long id) {
        return toDetails(load(id));
    }

    /**
     * The record's newest audit entries, newest first, for its History section: for whoever may see the record
     * (staff only; see {@link AuditService#history}).
     */
    @PreAuthorize(Roles.STAFF)
    public List<AuditListItem> history(long id, int limit) {
        load(id);
        return audit.history(RECORD_TYPE, id, limit);
    }

    /** The awards of a unit's innovations from {@code fromYear} to {@code toYear}, newest first (the unit summary). */
    @PreAuthorize(Roles.STAFF)
    public List<UnitAwardItem> awardsOfUnit(long unitId, int fromYear, int toYear) {
        return awards.findOfUnit(unitId, fromYear, toYear);
    }

    /** The rights of the signed-in user on an innovation of {@code originUnitId}, as the service enforces them. */
    @PreAuthorize(Roles.STAFF)
    public InnovationDetails.Permissions permissionsFor(Long originUnitId) {
        AppUserPrincipal user = CurrentUser.require();
        boolean edit = originUnitId == null ? mayCreate(user) : mayEdit(user, originUnitId);
        boolean reviewer = user.hasRole(Role.ADMIN) || user.hasRole(Role.PANRB) || user.hasRole(Role.DIRECTOR);
        return new InnovationDetails.Permissions(edit, user.hasRole(Role.ADMIN), reviewer, reviewer, edit);
    }

    @Transactional
    @PreAuthorize(EDITORS)
    public InnovationDetails create(@Valid InnovationForm form) {
        AppUserPrincipal user = CurrentUser.require();
        OriginUnit unit = activeUnit(form.getOriginUnit());
        if (!mayEdit(user, unit.getId())) {
            throw new AccessDeniedException("Operators create innovations of their own unit only");
        }
        String title = form.getTitle().trim();
        if (innovations.existsByOriginUnitIdAndTitle(unit.getId(), title)) {
            throw duplicateTitle();
        }
        Innovation innovation = new Innovation(nextCode());
        innovation.setOriginUnit(unit);
        apply(innovation, form);
        return toDetails(saveChecked(innovation));
    }

    @Transactional
    @PreAuthorize(EDITORS)
    public InnovationDetails update(long id, long expectedVersion, @Valid InnovationForm form) {
        AppUserPrincipal user = CurrentUser.require();
        Innovation innovation = loadForChange(id, expectedVersion);
        if (!mayEdit(user, innovation.getOriginUnit().getId())) {
            throw new AccessDeniedException("Operators edit innovations of their own unit only");
        }
        if (form.getOriginUnit() == null) {
            throw new BusinessException("innovation.validation.unitRequired", "originUnit");
        }
        // decide the target unit and check the title there before touching the entity (no early flush)
        OriginUnit target = innovation.getOriginUnit();
        if (form.getOriginUnit().id() != target.getId()) {
            if (!user.hasRole(Role.ADMIN)) {
                throw new AccessDeniedException("Only an administrator moves an innovation to another unit");
            }
            target = activeUnit(form.getOriginUnit());
        }
        if (innovations.existsByOriginUnitIdAndTitleAndIdNot(target.getId(), form.getTitle().trim(), id)) {
            throw duplicateTitle();
        }
        innovation.setOriginUnit(target);
        apply(innovation, form);
        return toDetails(saveChecked(innovation));
    }

    @Transactional
    @PreAuthorize(REVIEWERS)
    public InnovationDetails endorse(long id, long expectedVersion, String note) {
        Innovation innovation = loadForChange(id, expectedVersion);
        innovation.endorse(CurrentUser.require().getFullName(), Instant.now(), boundedNote(note));
        return toDetails(saveChecked(innovation));
    }

    @Transactional
    @PreAuthorize(REVIEWERS)
    public InnovationDetails withdrawEndorsement(long id, long expectedVersion, String reason) {
        Innovation innovation = loadForChange(id, expectedVersion);
        if (!innovation.isEndorsed()) {
            throw new BusinessException("innovation.endorse.notEndorsed", null);
        }
        if (blankToNull(reason) == null) {
            throw new BusinessException("innovation.endorse.reasonRequired", "note");
        }
        innovation.withdrawEndorsement(CurrentUser.require().getFullName(), Instant.now(), boundedNote(reason));
        return toDetails(saveChecked(innovation));
    }

    /** Adds an award and returns the innovation as it now stands. */
    @Transactional
    @PreAuthorize(REVIEWERS)
    public InnovationDetails addAward(long innovationId, @Valid AwardForm form) {
        Innovation innovation = load(innovationId);
        checkAward(innovationId, form, null);
        Award award = new Award(innovation);
        applyAward(award, form);
        saveAward(award, form);
        return toDetails(refreshBestAward(innovation));
    }

    @Transactional
    @PreAuthorize(REVIEWERS)
    public InnovationDetails updateAward(long innovationId, long awardId, long expectedVersion,
            @Valid AwardForm form) {
        Innovation innovation = load(innovationId);
        Award award = awards.findOfInnovation(innovationId, awardId).orElseThrow(NotFoundException::new);
        if (award.getVersion() != expectedVersion) {
            throw new StaleDataException();
        }
        checkAward(innovationId, form, awardId);
        applyAward(award, form);
        saveAward(award, form);
        return toDetails(refreshBestAward(innovation));
    }

    @Transactional
    @PreAuthorize(REVIEWERS)
    public InnovationDetails deleteAward(long innovationId, long awardId) {
        Innovation innovation = load(innovationId);
        Award award = awards.findOfInnovation(innovationId, awardId).orElseThrow(NotFoundException::new);
        awards.delete(award);
        awards.flush();
        return toDetails(refreshBestAward(innovation));
    }

    // --- bulk import ----------------------------------------------------------------------------------------------

    /**
     * Everything wrong with each row of an import, in the rows' order, writing nothing: the form's constraints; the
     * code (required, once per file, {@code INV-yyyy-nnnn} for a new innovation); the origin unit (known by its
     * code, active when newly chosen, changed only by an administrator); the start year; titles unique per unit.
     */
    @PreAuthorize(IMPORTERS)
    public List<List<RowProblem>> checkImport(List<InnovationImportRow> rows) {
        AppUserPrincipal user = CurrentUser.require();
        Map<String, Innovation> existing = existingByCode(rows);
        Map<String, OriginUnit> unitsByCode = unitsByCode(rows);
        Map<String, Integer> rowOfCode = new HashMap<>();
        Map<String, Integer> rowOfTitle = new HashMap<>();
        int thisYear = Year.now(Formats.ZONE).getValue();
        List<List<RowProblem>> all = new ArrayList<>();
        for (InnovationImportRow row : rows) {
            InnovationForm form = row.form();
            // the origin unit is named by its code here, checked below
            List<RowProblem> problems = new ArrayList<>(RowProblem.fromViolations(validator.validate(form)).stream()
                    .filter(problem -> !"originUnit".equals(problem.field())).toList());
            String code = blankToNull(row.code());
            Innovation current = code == null ? null : existing.get(matchKey(code));
            if (code == null) {
                problems.add(RowProblem.of("code", "import.error.codeRequired"));
            } else if (rowOfCode.putIfAbsent(matchKey(code), row.row()) != null) {
                problems.add(RowProblem.of("code", "import.error.duplicateCode", code, rowOfCode.get(matchKey(code))));
            } else if (current == null && codeNumber(code) < 0) {
                problems.add(RowProblem.of("code", "import.error.innovationCodeFormat", code));
            }
            String unitCode = blankToNull(row.originUnitCode());
            OriginUnit unit = unitCode == null ? null : unitsByCode.get(matchKey(unitCode));
            if (unitCode == null) {
                problems.add(RowProblem.of("originUnitCode", "innovation.validation.unitRequired"));
            } else if (unit == null) {
                problems.add(RowProblem.of("originUnitCode", "import.error.unknownUnit", unitCode));
            } else if (current == null || !current.getOriginUnit().getId().equals(unit.getId())) {
                if (current != null && !user.hasRole(Role.ADMIN)) {
                    problems.add(RowProblem.of("originUnitCode", "import.error.originUnitChanged",
                            current.getOriginUnit().getCode()));
                } else if (!unit.isActive()) {
                    problems.add(RowProblem.of("originUnitCode", "innovation.validation.unitInactive"));
                }
            }
            if (form.getYearStarted() != null && form.getYearStarted() > thisYear) {
                problems.add(RowProblem.of("yearStarted", "innovation.validation.yearRange"));
            }
            String title = blankToNull(form.getTitle());
            if (unit != null && title != null) {
                String titleKey = unit.getId() + "/" + matchKey(title);
                boolean taken = current == null ? innovations.existsByOriginUnitIdAndTitle(unit.getId(), title)
                        : innovations.existsByOriginUnitIdAndTitleAndIdNot(unit.getId(), title, current.getId());
                if (taken) {
                    problems.add(RowProblem.of("title", "innovation.validation.titleTaken"));
                } else if (rowOfTitle.putIfAbsent(titleKey, row.row()) != null) {
                    problems.add(RowProblem.of("title", "import.error.duplicateTitle", rowOfTitle.get(titleKey)));
                }
            }
            all.add(problems);
        }
        return all;
    }

    /**
     * Creates the rows whose code is new (with that code) and updates the others, all or nothing (the caller's
     * transaction). A row equal to its innovation writes nothing. Refused as a whole if {@link #checkImport} finds
     * any problem. Awards and endorsements are not part of an import.
     */
    @Transactional
    @PreAuthorize(IMPORTERS)
    public List<ImportOutcome> importRows(List<InnovationImportRow> rows) {
        if (checkImport(rows).stream().anyMatch(problems -> !problems.isEmpty())) {
            throw new BusinessException("import.error.rowsInvalid", null);
        }
        Map<String, Innovation> existing = existingByCode(rows);
        Map<String, OriginUnit> unitsByCode = unitsByCode(rows);
        long highestNew = 0;
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (InnovationImportRow row : rows) {
            String code = row.code().strip();
            OriginUnit unit = unitsByCode.get(matchKey(row.originUnitCode()));
            Innovation innovation = existing.get(matchKey(code));
            if (innovation == null) {
                innovation = new Innovation(code);
                innovation.setOriginUnit(unit);
                apply(innovation, row.form());
                saveChecked(innovation);
                highestNew = Math.max(highestNew, codeNumber(code));
                outcomes.add(ImportOutcome.CREATED);
            } else {
                List<Object> before = innovation.formValues();
                innovation.setOriginUnit(unit);
                apply(innovation, row.form());
                if (before.equals(innovation.formValues())) {
                    outcomes.add(ImportOutcome.UNCHANGED);
                } else {
                    saveChecked(innovation);
                    outcomes.add(ImportOutcome.UPDATED);
                }
            }
        }
        if (highestNew > 0) {
            // the sequence moves past every imported number, so it never generates a code an import took
            entityManager.createNativeQuery("select setval(innovation_code_seq, " + highestNew + ")")
                    .getSingleResult();
        }
        return outcomes;
    }

    private Map<String, Innovation> existingByCode(List<InnovationImportRow> rows) {
        List<String> codes = rows.stream().map(InnovationImportRow::code).map(Texts::blankToNull)
                .filter(Objects::nonNull).distinct().toList();
        return codes.isEmpty() ? Map.of() : innovations.findByCodes(codes).stream()
                .collect(Collectors.toMap(i -> matchKey(i.getCode()), i -> i, (a, b) -> a));
    }

    private Map<String, OriginUnit> unitsByCode(List<InnovationImportRow> rows) {
        List<String> codes = rows.stream().map(InnovationImportRow::originUnitCode).map(Texts::blankToNull)
                .filter(Objects::nonNull).distinct().toList();
        return codes.isEmpty() ? Map.of() : units.findByCodeIn(codes).stream()
                .collect(Collectors.toMap(u -> matchKey(u.getCode()), u -> u, (a, b) -> a));
    }

    /** The number of a code written exactly as the portal writes them ({@code INV-2019-0042}), otherwise -1. */
    static long codeNumber(String code) {
        Matcher matcher = CODE.matcher(code.strip());
        if (!matcher.matches()) {
            return -1;
        }
        long number = Long.parseLong(matcher.group(2));
        return number > 0 && code.strip().equals(formatCode(Integer.parseInt(matcher.group(1)), number))
                ? number : -1;
    }

    private static String formatCode(int year, long number) {
        return "INV-%d-%04d".formatted(year, number);
    }

    // --- documents: reached only through the innovation, so the innovation's rules apply -----------------

    /** The document types that belong on an innovation's page. */
    public static List<DocumentType> documentTypes() {
        return List.of(DocumentType.INNOVATION_PROFILE, DocumentType.SOP, DocumentType.AWARD_CERTIFICATE,
                DocumentType.PHOTO, DocumentType.OTHER);
    }

    public long maxDocumentBytes() {
        return documents.maxSizeBytes();
    }

    @PreAuthorize(Roles.STAFF)
    public List<DocumentInfo> documents(long innovationId) {
        load(innovationId);
        return documents.list(DOCUMENT_OWNER, innovationId);
    }

    /**
     * Stores an uploaded file (already on disk, e.g. Vaadin's temporary upload) for an innovation of the user's
     * own unit. The file is checked by its content; a rejected file leaves nothing behind.
     */
    @Transactional
    @PreAuthorize(EDITORS)
    public DocumentInfo uploadDocument(long innovationId, DocumentType type, Path file, String originalFileName) {
        Innovation innovation = load(innovationId);
        if (!mayEdit(CurrentUser.require(), innovation.getOriginUnit().getId())) {
            throw new AccessDeniedException("Documents are added by the origin unit or an administrator");
        }
        if (type == null || !documentTypes().contains(type)) {
            throw new BusinessException("innovation.document.typeRequired", "type");
        }
        return documents.store(DOCUMENT_OWNER, innovationId, type, file, originalFileName);
    }

    /** A document of the innovation, for download by any staff user (everyone may read innovations). */
    @PreAuthorize(Roles.STAFF)
    public DocumentContent openDocument(long innovationId, long documentId) {
        load(innovationId);
        return documents.open(DOCUMENT_OWNER, innovationId, documentId);
    }

    @Transactional
    @PreAuthorize(EDITORS)
    public void deleteDocument(long innovationId, long documentId) {
        Innovation innovation = load(innovationId);
        if (!mayEdit(CurrentUser.require(), innovation.getOriginUnit().getId())) {
            throw new AccessDeniedException("Documents are removed by the origin unit or an administrator");
        }
        documents.delete(DOCUMENT_OWNER, innovationId, documentId);
    }

    private boolean mayCreate(AppUserPrincipal user) {
        return user.hasRole(Role.ADMIN) || user.hasRole(Role.UPT_OPERATOR) && user.getUnitId() != null;
    }

    private boolean mayEdit(AppUserPrincipal user, long originUnitId) {
        return user.hasRole(Role.ADMIN)
                || user.hasRole(Role.UPT_OPERATOR) && Objects.equals(user.getUnitId(), originUnitId);
    }

    private Innovation load(long id) {
        return innovations.findWithUnit(id).orElseThrow(NotFoundException::new);
    }

    private Innovation loadForChange(long id, long expectedVersion) {
        Innovation innovation = load(id);
        if (innovation.getVersion() != expectedVersion) {
            throw new StaleDataException();
        }
        return innovation;
    }

    private OriginUnit activeUnit(UnitRef ref) {
        if (ref == null) {
            throw new BusinessException("innovation.validation.unitRequired", "originUnit");
        }
        OriginUnit unit = units.findById(ref.id())
                .orElseThrow(() -> new BusinessException("innovation.validation.unitMissing", "originUnit"));
        if (!unit.isActive()) {
            throw new BusinessException("innovation.validation.unitInactive", "originUnit");
        }
        return unit;
    }

    private void apply(Innovation innovation, InnovationForm form) {
        int titleLength = form.getTitle().trim().length();
        if (titleLength < TITLE_MIN || titleLength > TITLE_MAX) {
            throw new BusinessException("innovation.validation.titleLength", "title");
        }
        int thisYear = Year.now(Formats.ZONE).getValue();
        if (form.getYearStarted() > thisYear) {
            throw new BusinessException("innovation.validation.yearRange", "yearStarted");
        }
        innovation.setTitle(form.getTitle().trim());
        innovation.setInnovators(blankToNull(form.getInnovators()));
        innovation.setYearStarted(form.getYearStarted());
        innovation.setCategory(blankToNull(form.getCategory()));
        innovation.setProblem(blankToNull(form.getProblem()));
        innovation.setSolution(blankToNull(form.getSolution()));
        innovation.setImpact(blankToNull(form.getImpact()));
        innovation.setDigital(form.isDigital());
        innovation.setStage(form.getStage());
        innovation.setSustainability(form.getSustainability());
    }

    private void checkAward(long innovationId, AwardForm form, Long exceptId) {
        if (form.getYear() > Year.now(Formats.ZONE).getValue()) {
            throw new BusinessException("award.validation.yearRange", "year");
        }
        if (awards.existsDuplicate(innovationId, form.getCompetition(), form.getYear(), exceptId)) {
            throw duplicateAward(form);
        }
    }

    /** Saves, turning a concurrent duplicate into the same message as a checked one. */
    private void saveAward(Award award, AwardForm form) {
        try {
            awards.saveAndFlush(award);
        } catch (DataIntegrityViolationException e) {
            throw duplicateAward(form);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new StaleDataException();
        }
    }

    private static BusinessException duplicateAward(AwardForm form) {
        return new BusinessException("award.validation.duplicate", "year", form.getCompetition().name(),
                String.valueOf(form.getYear()));
    }

    private static void applyAward(Award award, AwardForm form) {
        award.setYear(form.getYear());
        award.setCompetition(form.getCompetition());
        award.setGroup(form.getGroup());
        award.setLevel(form.getLevel());
        award.setNote(blankToNull(form.getNote()));
    }

    /** Keeps the best award (highest level, then latest year) on the innovation for the grid. */
    private Innovation refreshBestAward(Innovation innovation) {
        Award best = awards.findByInnovation(innovation.getId()).stream()
                .max(Comparator.comparingInt((Award a) -> a.getLevel().rank()).thenComparingInt(Award::getYear))
                .orElse(null);
        innovation.setBestAward(best);
        return saveChecked(innovation);
    }

    private String nextCode() {
        return formatCode(Year.now(Formats.ZONE).getValue(), innovations.nextCodeNumber());
    }

    private Innovation saveChecked(Innovation innovation) {
        try {
            return innovations.saveAndFlush(innovation);
        } catch (DataIntegrityViolationException e) {
            if (String.valueOf(e.getMostSpecificCause().getMessage()).contains("uk_innovation_unit_title")) {
                throw duplicateTitle();
            }
            throw e;
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new StaleDataException();
        }
    }

    private static BusinessException duplicateTitle() {
        return new BusinessException("innovation.validation.titleTaken", "title");
    }

    private InnovationDetails toDetails(Innovation innovation) {
        OriginUnit unit = innovation.getOriginUnit();
        List<AwardItem> awardItems = awards.findByInnovation(innovation.getId()).stream()
                .map(a -> new AwardItem(a.getId(), a.getVersion(), a.getYear(), a.getCompetition(), a.getGroup(),
                        a.getLevel(), a.getNote()))
                .toList();
        return new InnovationDetails(innovation.getId(), innovation.getVersion(), innovation.getCode(),
                innovation.getTitle(), new UnitRef(unit.getId(), unit.getCode(), unit.getName()),
                innovation.getInnovators(), innovation.getYearStarted(), innovation.getCategory(),
                innovation.getProblem(), innovation.getSolution(), innovation.getImpact(), innovation.isDigital(),
                innovation.getStage(), innovation.getSustainability(), innovation.isEndorsed(),
                innovation.getEndorsedBy(), innovation.getEndorsedAt(), innovation.getEndorsementNote(), awardItems,
                permissionsFor(unit.getId()), innovation.getCreatedBy(), innovation.getCreatedAt(),
                innovation.getModifiedBy(), innovation.getModifiedAt());
    }

    private static Sort safeSort(Sort requested) {
        List<Sort.Order> orders = requested.stream()
                .filter(order -> SORTS.containsKey(order.getProperty()))
                .flatMap(order -> SORTS.get(order.getProperty()).stream()
                        .map(property -> new Sort.Order(order.getDirection(), property)))
                .toList();
        return (orders.isEmpty() ? Sort.by("title") : Sort.by(orders)).and(Sort.by("id"));
    }

    private static String boundedNote(String note) {
        String trimmed = blankToNull(note);
        if (trimmed != null && trimmed.length() > NOTE_MAX) {
            throw new BusinessException("validation.tooLong", "note", NOTE_MAX);
        }
        return trimmed;
    }
}
