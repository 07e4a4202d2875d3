package id.go.kemensos.replika.partner;

import static id.go.kemensos.replika.base.Texts.blankToNull;
import static id.go.kemensos.replika.base.Texts.containsPattern;

import id.go.kemensos.replika.audit.AuditListItem;
import id.go.kemensos.replika.audit.AuditService;
import id.go.kemensos.replika.base.BusinessException;
import id.go.kemensos.replika.base.NotFoundException;
import id.go.kemensos.replika.base.StaleDataException;
import id.go.kemensos.replika.security.CurrentUser;
import id.go.kemensos.replika.security.Roles;
import jakarta.validation.Valid;
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
 * CSR partners: companies that sponsor sheltered workshops. {@code ADMIN}, {@code PANRB} and {@code DIRECTOR} read
 * them; only {@code ADMIN} creates, edits and (de)activates them. A partner user reads only its own company's
 * reference. A partner is never deleted, so sponsorships that point to it stay intact.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class PartnerService {

    /** The record type of this feature's records in the audit trail. */
    public static final String RECORD_TYPE = Partner.class.getSimpleName();

    public static final int COMPANY_MAX = 200;
    public static final int PROGRAMME_MAX = 200;
    public static final int SECTOR_MAX = 100;
    public static final int CONTACT_MAX = 150;
    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 40;

    static final String READERS = "hasAnyRole('ADMIN','PANRB','DIRECTOR')";

    /**
     * The largest page {@code search} returns; larger requests are cut to it. Exports page at this size: offset
     * paging sorts the matching rows again for every page, so fewer, larger pages keep a big export fast.
     */
    public static final int MAX_PAGE = 5000;
    private static final Set<String> SORTABLE = Set.of("companyName", "sector", "active");

    private final PartnerRepository repository;

    private final AuditService audit;

    PartnerService(PartnerRepository repository, AuditService audit) {
        this.repository = repository;
        this.audit = audit;
    }

    /** One page of the partners grid, filtered and sorted in SQL (by company unless a known column is asked for). */
    @PreAuthorize(READERS)
    public List<PartnerListItem> search(PartnerFilter filter, Pageable pageable) {
        Pageable page = PageRequest.of(pageable.getPageNumber(),
                Math.max(1, Math.min(pageable.getPageSize(), MAX_PAGE)), safeSort(pageable.getSort()));
        return repository.search(containsPattern(filter.text()), filter.includeInactive(), page);
    }

    @PreAuthorize(READERS)
    public long count(PartnerFilter filter) {
        return repository.countMatching(containsPattern(filter.text()), filter.includeInactive());
    }

    @PreAuthorize(READERS)
    public PartnerDetails get(long id) {
        return repository.findById(id).map(PartnerService::toDetails).orElseThrow(NotFoundException::new);
    }

    /**
     * The record's newest audit entries, newest first, for its History section: for whoever may see the record
     * (staff only; see {@link AuditService#history}).
     */
    @PreAuthorize(READERS)
    public List<AuditListItem> history(long id, int limit) {
        if (!repository.existsById(id)) {
            throw new NotFoundException();
        }
        return audit.history(RECORD_TYPE, id, limit);
    }

    /**
     * Active partners whose company name contains {@code text}, by name, for pickers. Pickers ask for whole pages
     * ({@code offset} a multiple of {@code limit}), as Vaadin's combo box does.
     */
    @PreAuthorize(READERS)
    public List<PartnerRef> lookup(String text, int offset, int limit) {
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        return repository.findActiveRefs(containsPattern(text), PageRequest.of(Math.max(0, offset) / size, size));
    }

    @PreAuthorize(READERS)
    public Optional<PartnerRef> findRef(long id) {
        return repository.findById(id).map(PartnerService::toRef);
    }

    /** The company of the signed-in CSR partner user; empty when the user belongs to no (existing) partner. */
    @PreAuthorize("hasRole('CSR_PARTNER')")
    public Optional<PartnerRef> ownPartner() {
        Long partnerId = CurrentUser.require().getPartnerId();
        return partnerId == null ? Optional.empty() : repository.findById(partnerId).map(PartnerService::toRef);
    }

    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public PartnerDetails create(@Valid PartnerForm form) {
        String name = form.getCompanyName().trim();
        if (repository.existsByCompanyNameIgnoreCase(name)) {
            throw duplicateName(name);
        }
        Partner partner = new Partner();
        apply(partner, form);
        return toDetails(saveChecked(partner));
    }

    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public PartnerDetails update(long id, long expectedVersion, @Valid PartnerForm form) {
        Partner partner = loadForChange(id, expectedVersion);
        String name = form.getCompanyName().trim();
        if (repository.existsByCompanyNameIgnoreCaseAndIdNot(name, id)) {
            throw duplicateName(name);
        }
        apply(partner, form);
        return toDetails(saveChecked(partner));
    }

    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public PartnerDetails setActive(long id, long expectedVersion, boolean active) {
        Partner partner = loadForChange(id, expectedVersion);
        partner.setActive(active);
        return toDetails(saveChecked(partner));
    }

    private Partner loadForChange(long id, long expectedVersion) {
        Partner partner = repository.findById(id).orElseThrow(NotFoundException::new);
        if (partner.getVersion() != expectedVersion) {
            throw new StaleDataException();
        }
        return partner;
    }

    private static void apply(Partner partner, PartnerForm form) {
        partner.setCompanyName(form.getCompanyName().trim());
        partner.setProgrammeName(blankToNull(form.getProgrammeName()));
        partner.setSector(blankToNull(form.getSector()));
        partner.setContactPerson(blankToNull(form.getContactPerson()));
        partner.setEmail(blankToNull(form.getEmail()));
        partner.setPhone(blankToNull(form.getPhone()));
    }

    private Partner saveChecked(Partner partner) {
        try {
            return repository.saveAndFlush(partner);
        } catch (DataIntegrityViolationException e) {
            if (String.valueOf(e.getMostSpecificCause().getMessage()).contains("uk_partner_company")) {
                throw duplicateName(partner.getCompanyName());
            }
            throw e;
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new StaleDataException();
        }
    }

    private static BusinessException duplicateName(String name) {
        return new BusinessException("partner.validation.nameTaken", "companyName", name);
    }

    private static PartnerRef toRef(Partner partner) {
        return new PartnerRef(partner.getId(), partner.getCompanyName());
    }

    private static PartnerDetails toDetails(Partner partner) {
        return new PartnerDetails(partner.getId(), partner.getVersion(), partner.getCompanyName(),
                partner.getProgrammeName(), partner.getSector(), partner.getContactPerson(), partner.getEmail(),
                partner.getPhone(), partner.isActive(), partner.getCreatedBy(), partner.getCreatedAt(),
                partner.getModifiedBy(), partner.getModifiedAt());
    }

    private static Sort safeSort(Sort requested) {
        List<Sort.Order> orders = requested.stream()
                .filter(order -> SORTABLE.contains(order.getProperty()))
                .toList();
        return (orders.isEmpty() ? Sort.by("companyName") : Sort.by(orders)).and(Sort.by("id"));
    }
}
