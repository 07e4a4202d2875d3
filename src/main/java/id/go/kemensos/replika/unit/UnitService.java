package id.go.kemensos.replika.unit;

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
import id.go.kemensos.replika.security.Roles;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Units of the ministries: master data every feature refers to. Staff read all units; only {@code ADMIN} creates,
 * edits and (de)activates them. A unit is never deleted, so records that point to it stay intact.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class UnitService {

    /** The record type of this feature's records in the audit trail. */
    public static final String RECORD_TYPE = Unit.class.getSimpleName();

    public static final int CODE_MAX = 32;
    public static final int NAME_MAX = 200;
    public static final int PLACE_MAX = 100;
    public static final int HEAD_MAX = 150;

    /**
     * The largest page {@code search} returns; larger requests are cut to it. Exports page at this size: offset
     * paging sorts the matching rows again for every page, so fewer, larger pages keep a big export fast.
     */
    public static final int MAX_PAGE = 5000;
    private static final Set<String> SORTABLE = Set.of("code", "name", "type", "city", "province", "active");

    private final UnitRepository repository;
    private final Validator validator;

    private final AuditService audit;

    UnitService(UnitRepository repository, Validator validator, AuditService audit) {
        this.repository = repository;
        this.audit = audit;
        this.validator = validator;
    }

    /** One page of the units grid, filtered and sorted in SQL (by name unless a known column is asked for). */
    @PreAuthorize(Roles.STAFF)
    public List<UnitListItem> search(UnitFilter filter, Pageable pageable) {
        Pageable page = PageRequest.of(pageable.getPageNumber(), Math.max(1, Math.min(pageable.getPageSize(), MAX_PAGE)),
                safeSort(pageable.getSort()));
        return repository.search(containsPattern(filter.text()), filter.type(), blankToNull(filter.province()),
                filter.includeInactive(), page);
    }

    @PreAuthorize(Roles.STAFF)
    public long count(UnitFilter filter) {
        return repository.countMatching(containsPattern(filter.text()), filter.type(),
                blankToNull(filter.province()), filter.includeInactive());
    }

    @PreAuthorize(Roles.STAFF)
    public UnitDetails get(long id) {
        return repository.findWithParent(id).map(UnitService::toDetails).orElseThrow(NotFoundException::new);
    }

    /**
     * The record's newest audit entries, newest first, for its History section: for whoever may see the record
     * (staff only; see {@link AuditService#history}).
     */
    @PreAuthorize(Roles.STAFF)
    public List<AuditListItem> history(long id, int limit) {
        if (!repository.existsById(id)) {
            throw new NotFoundException();
        }
        return audit.history(RECORD_TYPE, id, limit);
    }

    /**
     * Active units whose code or name contains {@code text}, by name, for pickers. Pickers ask for whole pages
     * ({@code offset} a multiple of {@code limit}), as Vaadin's combo box does.
     */
    @PreAuthorize(Roles.STAFF)
    public List<UnitRef> lookup(String text, int offset, int limit) {
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        return repository.findActiveRefs(containsPattern(text),
                PageRequest.of(Math.max(0, offset) / size, size));
    }

    @PreAuthorize(Roles.STAFF)
    public Optional<UnitRef> findRef(long id) {
        return repository.findById(id).map(UnitService::toRef);
    }

    @PreAuthorize(Roles.STAFF)
    public List<String> provinces() {
        return repository.findProvinces();
    }

    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public UnitDetails create(@Valid UnitForm form) {
        String code = form.getCode().trim();
        if (repository.existsByCode(code)) {
            throw duplicateCode(code);
        }
        Unit unit = new Unit();
        apply(unit, form);
        return toDetails(saveChecked(unit));
    }

    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public UnitDetails update(long id, long expectedVersion, @Valid UnitForm form) {
        Unit unit = loadForChange(id, expectedVersion);
        String code = form.getCode().trim();
        if (repository.existsByCodeAndIdNot(code, id)) {
            throw duplicateCode(code);
        }
        apply(unit, form);
        return toDetails(saveChecked(unit));
    }

    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public UnitDetails setActive(long id, long expectedVersion, boolean active) {
        Unit unit = loadForChange(id, expectedVersion);
        unit.setActive(active);
        return toDetails(saveChecked(unit));
    }

    // --- bulk import ----------------------------------------------------------------------------------------------

    /**
     * Everything wrong with each row of an import, in the rows' order, writing nothing: the form's constraints, a
     * code used twice in the file, and the parent (by code: in the database or in the same file; active unless
     * unchanged; never the unit itself or one of its descendants, counting the parents the file sets).
     */
    @PreAuthorize(Roles.IS_ADMIN)
    public List<List<RowProblem>> checkImport(List<UnitImportRow> rows) {
        Map<String, String> parentInFile = new HashMap<>();
        Set<String> referenced = new HashSet<>();
        for (UnitImportRow row : rows) {
            String code = blankToNull(row.form().getCode());
            String parent = blankToNull(row.parentCode());
            if (code != null) {
                parentInFile.putIfAbsent(matchKey(code), parent == null ? null : matchKey(parent));
                referenced.add(code);
            }
            if (parent != null) {
                referenced.add(parent);
            }
        }
        Map<String, Unit> known = byCode(referenced);
        Map<String, Integer> rowOfCode = new HashMap<>();
        List<List<RowProblem>> all = new ArrayList<>();
        for (UnitImportRow row : rows) {
            List<RowProblem> problems = new ArrayList<>(RowProblem.fromViolations(validator.validate(row.form())));
            String code = blankToNull(row.form().getCode());
            if (code != null && rowOfCode.putIfAbsent(matchKey(code), row.row()) != null) {
                problems.add(RowProblem.of("code", "import.error.duplicateCode", code, rowOfCode.get(matchKey(code))));
            }
            String parentCode = blankToNull(row.parentCode());
            if (parentCode != null) {
                Unit current = code == null ? null : known.get(matchKey(code));
                Unit parent = known.get(matchKey(parentCode));
                if (parent == null && !parentInFile.containsKey(matchKey(parentCode))) {
                    problems.add(RowProblem.of("parentCode", "import.error.unknownUnit", parentCode));
                } else if (code != null && leadsBackTo(matchKey(code), matchKey(parentCode), parentInFile)) {
                    problems.add(RowProblem.of("parentCode", "unit.validation.parentCycle"));
                } else if (parent != null && !parent.isActive() && (current == null || current.getParent() == null
                        || !current.getParent().getId().equals(parent.getId()))) {
                    problems.add(RowProblem.of("parentCode", "unit.validation.parentInactive"));
                }
            }
            all.add(problems);
        }
        return all;
    }

    /**
     * Creates the rows whose code is new and updates the others, all or nothing (the caller's transaction); a
     * parent in the same file is written before its children. A row equal to its unit writes nothing. Refused as a
     * whole if {@link #checkImport} finds any problem.
     */
    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public List<ImportOutcome> importRows(List<UnitImportRow> rows) {
        if (checkImport(rows).stream().anyMatch(problems -> !problems.isEmpty())) {
            throw new BusinessException("import.error.rowsInvalid", null);
        }
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (UnitImportRow row : parentsFirst(rows)) {
            UnitForm form = row.form();
            String parentCode = blankToNull(row.parentCode());
            form.setParent(parentCode == null ? null : repository.findByCode(parentCode).map(UnitService::toRef)
                    .orElseThrow(() -> new BusinessException("unit.validation.parentMissing", "parent")));
            Optional<Unit> existing = repository.findByCode(form.getCode().trim());
            if (existing.isEmpty()) {
                Unit unit = new Unit();
                apply(unit, form);
                saveChecked(unit);
                outcomes.add(ImportOutcome.CREATED);
            } else {
                Unit unit = existing.get();
                List<Object> before = unit.formValues();
                apply(unit, form);
                if (before.equals(unit.formValues())) {
                    outcomes.add(ImportOutcome.UNCHANGED);
                } else {
                    saveChecked(unit);
                    outcomes.add(ImportOutcome.UPDATED);
                }
            }
        }
        return outcomes;
    }

    private Map<String, Unit> byCode(Collection<String> codes) {
        return codes.isEmpty() ? Map.of() : repository.findByCodes(codes).stream()
                .collect(Collectors.toMap(unit -> matchKey(unit.getCode()), unit -> unit, (a, b) -> a));
    }

    /**
     * Whether following parents from {@code parent} reaches {@code code}: through the file's parents where the file
     * has the unit, otherwise through the database's.
     */
    private boolean leadsBackTo(String code, String parent, Map<String, String> parentInFile) {
        Set<String> seen = new HashSet<>();
        for (String next = parent; next != null && seen.add(next); ) {
            if (next.equals(code)) {
                return true;
            }
            if (parentInFile.containsKey(next)) {
                next = parentInFile.get(next);
            } else {
                next = repository.findByCode(next).map(Unit::getParent).map(p -> matchKey(p.getCode())).orElse(null);
            }
        }
        return false;
    }

    /** The rows with every parent the file also holds before its children (the check has ruled out cycles). */
    private static List<UnitImportRow> parentsFirst(List<UnitImportRow> rows) {
        Map<String, UnitImportRow> byCode = new LinkedHashMap<>();
        rows.forEach(row -> byCode.putIfAbsent(matchKey(row.form().getCode()), row));
        List<UnitImportRow> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (String code : byCode.keySet()) {
            place(code, byCode, placed, ordered);
        }
        return ordered;
    }

    private static void place(String code, Map<String, UnitImportRow> byCode, Set<String> placed,
            List<UnitImportRow> ordered) {
        UnitImportRow row = byCode.get(code);
        if (row == null || !placed.add(code)) {
            return;
        }
        String parent = blankToNull(row.parentCode());
        if (parent != null) {
            place(matchKey(parent), byCode, placed, ordered);
        }
        ordered.add(row);
    }

    private Unit loadForChange(long id, long expectedVersion) {
        Unit unit = repository.findWithParent(id).orElseThrow(NotFoundException::new);
        if (unit.getVersion() != expectedVersion) {
            throw new StaleDataException();
        }
        return unit;
    }

    private void apply(Unit unit, UnitForm form) {
        unit.setCode(form.getCode().trim());
        unit.setName(form.getName().trim());
        unit.setType(form.getType());
        unit.setCity(blankToNull(form.getCity()));
        unit.setProvince(blankToNull(form.getProvince()));
        unit.setHeadName(blankToNull(form.getHeadName()));
        unit.setParent(form.getParent() == null ? null : validParent(unit, form.getParent().id()));
    }

    /**
     * The parent must exist and must not be the unit itself or one of its descendants. A newly chosen parent must
     * be active; a parent deactivated since it was chosen may stay.
     */
    private Unit validParent(Unit unit, long parentId) {
        Unit parent = repository.findById(parentId)
                .orElseThrow(() -> new BusinessException("unit.validation.parentMissing", "parent"));
        boolean unchanged = unit.getParent() != null && unit.getParent().getId().equals(parentId);
        if (!parent.isActive() && !unchanged) {
            throw new BusinessException("unit.validation.parentInactive", "parent");
        }
        Set<Long> seen = new HashSet<>();
        for (Unit ancestor = parent; ancestor != null; ancestor = ancestor.getParent()) {
            if (unit.getId() != null && unit.getId().equals(ancestor.getId()) || !seen.add(ancestor.getId())) {
                throw new BusinessException("unit.validation.parentCycle", "parent");
            }
        }
        return parent;
    }

    private Unit saveChecked(Unit unit) {
        try {
            return repository.saveAndFlush(unit);
        } catch (DataIntegrityViolationException e) {
            if (String.valueOf(e.getMostSpecificCause().getMessage()).contains("uk_unit_code")) {
                throw duplicateCode(unit.getCode());
            }
            throw e;
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new StaleDataException();
        }
    }

    private static BusinessException duplicateCode(String code) {
        return new BusinessException("unit.validation.codeTaken", "code", code);
    }

    private static UnitRef toRef(Unit unit) {
        return new UnitRef(unit.getId(), unit.getCode(), unit.getName());
    }

    private static UnitDetails toDetails(Unit unit) {
        Unit parent = unit.getParent();
        return new UnitDetails(unit.getId(), unit.getVersion(), unit.getCode(), unit.getName(), unit.getType(),
                parent == null ? null : toRef(parent), unit.getCity(), unit.getProvince(), unit.getHeadName(),
                unit.isActive(), unit.getCreatedBy(), unit.getCreatedAt(), unit.getModifiedBy(),
                unit.getModifiedAt());
    }

    private static Sort safeSort(Sort requested) {
        List<Sort.Order> orders = requested.stream()
                .filter(order -> SORTABLE.contains(order.getProperty()))
                .toList();
        return (orders.isEmpty() ? Sort.by("name") : Sort.by(orders)).and(Sort.by("id"));
    }
}
