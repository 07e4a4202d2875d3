package id.go.kemensos.replika.unit;

import static id.go.kemensos.replika.base.Texts.blankToNull;
import static id.go.kemensos.replika.base.Texts.containsPattern;

import id.go.kemensos.replika.base.BusinessException;
import id.go.kemensos.replika.base.NotFoundException;
import id.go.kemensos.replika.base.StaleDataException;
import id.go.kemensos.replika.security.Roles;
import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    UnitService(UnitRepository repository) {
        this.repository = repository;
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
