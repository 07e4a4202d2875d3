package id.go.kemensos.replika.user;

import static id.go.kemensos.replika.base.Texts.containsPattern;

import id.go.kemensos.replika.base.BusinessException;
import id.go.kemensos.replika.base.NotFoundException;
import id.go.kemensos.replika.base.StaleDataException;
import id.go.kemensos.replika.base.i18n.AppI18NProvider;
import id.go.kemensos.replika.security.AppUserPrincipal;
import id.go.kemensos.replika.security.CurrentUser;
import id.go.kemensos.replika.security.Role;
import id.go.kemensos.replika.security.Roles;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.validation.annotation.Validated;

/**
 * The user feature's public face. Administrators manage accounts: create (with a temporary password shown once),
 * edit, deactivate and reactivate (never delete: audit records name the user), reset passwords. Every signed-in
 * user changes their own password and language. Passwords follow {@link PasswordPolicy} and are stored as hashes.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class UserService {

    /** The largest page {@code searchAccounts} returns; larger requests are cut to it. */
    public static final int MAX_PAGE = 500;
    private static final Set<String> SORTABLE = Set.of("username", "fullName", "role", "active", "language");

    private final AppUserRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;

    UserService(AppUserRepository repository, PasswordEncoder passwordEncoder, PasswordPolicy policy) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
    }

    // --- administration -------------------------------------------------------------------------------------------

    /** One page of the users grid, filtered and sorted in SQL (by username unless a known column is asked for). */
    @PreAuthorize(Roles.IS_ADMIN)
    public List<AccountListItem> searchAccounts(AccountFilter filter, Pageable pageable) {
        Pageable page = PageRequest.of(pageable.getPageNumber(),
                Math.max(1, Math.min(pageable.getPageSize(), MAX_PAGE)), safeSort(pageable.getSort()));
        return repository.search(containsPattern(filter.text()), filter.role(), filter.unitId(), filter.active(),
                page);
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public long countAccounts(AccountFilter filter) {
        return repository.countMatching(containsPattern(filter.text()), filter.role(), filter.unitId(),
                filter.active());
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public AccountDetails account(long id) {
        return repository.findById(id).map(this::toDetails).orElseThrow(NotFoundException::new);
    }

    /** Active units whose code or name contains {@code text}, by name, for the operator's unit picker. */
    @PreAuthorize(Roles.IS_ADMIN)
    public List<OrganisationRef> unitChoices(String text, int offset, int limit) {
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        return repository.findActiveUnits(containsPattern(text), PageRequest.of(Math.max(0, offset) / size, size));
    }

    /** Active CSR partners whose name contains {@code text}, by name, for the CSR user's partner picker. */
    @PreAuthorize(Roles.IS_ADMIN)
    public List<OrganisationRef> partnerChoices(String text, int offset, int limit) {
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        return repository.findActivePartners(containsPattern(text),
                PageRequest.of(Math.max(0, offset) / size, size));
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public java.util.Optional<OrganisationRef> findUnit(long id) {
        return repository.findUnit(id);
    }

    /**
     * A new account with a random temporary password, returned once (to show the administrator) and stored only
     * as a hash; the user must change it at the first sign-in.
     */
    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public NewAccount createAccount(@Valid AccountForm form) {
        if (repository.existsByUsername(form.getUsername())) {
            throw usernameTaken(form.getUsername());
        }
        AppUser user = new AppUser();
        user.setUsername(form.getUsername());
        apply(user, form);
        String temporary = policy.temporaryPassword(user.getUsername());
        user.setPasswordHash(passwordEncoder.encode(temporary));
        user.setMustChangePassword(true);
        return new NewAccount(toDetails(saveChecked(user)), temporary);
    }

    /**
     * Changes an account, refused if someone saved it since {@code expectedVersion} was read. The username stays;
     * administrators cannot change their own role, nor take the role from the last active administrator.
     */
    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public AccountDetails updateAccount(long id, long expectedVersion, @Valid AccountForm form) {
        AppUser user = loadForChange(id, expectedVersion);
        if (!user.getUsername().equals(form.getUsername())) {
            throw new BusinessException("user.validation.usernameFixed", "username");
        }
        if (user.getRole() != form.getRole()) {
            if (isSelf(user)) {
                throw new BusinessException("user.validation.ownRole", "role");
            }
            if (user.getRole() == Role.ADMIN) {
                keepAnActiveAdmin(user);
            }
        }
        apply(user, form);
        return toDetails(saveChecked(user));
    }

    /**
     * Deactivates or reactivates an account (an inactive user cannot sign in). Administrators cannot deactivate
     * themselves or the last active administrator.
     */
    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public AccountDetails setAccountActive(long id, long expectedVersion, boolean active) {
        AppUser user = loadForChange(id, expectedVersion);
        changeActive(user, active);
        return toDetails(saveChecked(user));
    }

    /** Deactivates or reactivates an account (the partner page's list, which has no version at hand). */
    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public void setActive(long userId, boolean active) {
        AppUser user = repository.findById(userId).orElseThrow(NotFoundException::new);
        changeActive(user, active);
        saveChecked(user);
    }

    /**
     * Gives the account a new random temporary password, returned once and stored only as a hash; the user must
     * change it at the next sign-in.
     */
    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public String resetPassword(long id) {
        AppUser user = repository.findById(id).orElseThrow(NotFoundException::new);
        String temporary = policy.temporaryPassword(user.getUsername());
        user.setPasswordHash(passwordEncoder.encode(temporary));
        user.setMustChangePassword(true);
        saveChecked(user);
        return temporary;
    }

    /** The accounts of one CSR partner company. */
    @PreAuthorize(Roles.IS_ADMIN)
    public List<UserListItem> usersOfPartner(long partnerId) {
        return repository.findByPartner(partnerId);
    }

    /**
     * A new CSR partner account with the initial password the administrator chose (it follows the password policy
     * and must be changed at the first sign-in); the username is unique.
     */
    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public UserListItem createPartnerUser(long partnerId, @Valid NewUserForm form) {
        if (repository.isPartnerActive(partnerId).isEmpty()) {
            throw new NotFoundException();
        }
        if (repository.existsByUsername(form.getUsername())) {
            throw usernameTaken(form.getUsername());
        }
        policy.check(form.getUsername(), form.getInitialPassword(), "initialPassword");
        AppUser user = new AppUser();
        user.setUsername(form.getUsername());
        user.setFullName(form.getFullName().strip());
        user.setEmail(form.getEmail());
        user.setPasswordHash(passwordEncoder.encode(form.getInitialPassword()));
        user.setMustChangePassword(true);
        user.setRole(Role.CSR_PARTNER);
        user.setPartnerId(partnerId);
        saveChecked(user);
        return new UserListItem(user.getId(), user.getVersion(), user.getUsername(), user.getFullName(),
                user.getEmail(), true);
    }

    // --- one's own account ----------------------------------------------------------------------------------------

    /**
     * Changes the signed-in user's password: the current one must be right, the new one must follow the policy and
     * differ from the current one. Ends the "must change" state of this session once committed.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword) {
        AppUserPrincipal me = CurrentUser.require();
        AppUser user = repository.findById(me.getUserId()).orElseThrow(NotFoundException::new);
        if (currentPassword == null || currentPassword.isEmpty()
                || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new BusinessException("user.password.currentWrong", "currentPassword");
        }
        policy.check(user.getUsername(), newPassword, "newPassword");
        if (newPassword.equals(currentPassword)) {
            throw new BusinessException("user.password.sameAsCurrent", "newPassword");
        }
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        user.setMustChangePassword(false);
        saveChecked(user);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    me.passwordChanged();
                }
            });
        } else {
            me.passwordChanged();
        }
    }

    /** Whether the signed-in user's stored account still asks for a new password. */
    @PreAuthorize("isAuthenticated()")
    public boolean ownPasswordMustChange() {
        return repository.findById(CurrentUser.require().getUserId()).map(AppUser::isMustChangePassword)
                .orElseThrow(NotFoundException::new);
    }

    /** Remembers the signed-in user's language; returns the locale actually stored (Indonesian or English). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Locale changeOwnLanguage(Locale requested) {
        Locale locale = AppI18NProvider.supported(requested);
        AppUser user = repository.findById(CurrentUser.require().getUserId()).orElseThrow(NotFoundException::new);
        user.setLanguage(locale.getLanguage());
        return locale;
    }

    /** The stored language of the signed-in user (it may have changed since sign-in). */
    @PreAuthorize("isAuthenticated()")
    public Locale ownLanguage() {
        return repository.findById(CurrentUser.require().getUserId())
                .map(user -> AppI18NProvider.supported(Locale.forLanguageTag(user.getLanguage())))
                .orElseThrow(NotFoundException::new);
    }

    // --- rules ----------------------------------------------------------------------------------------------------

    private void changeActive(AppUser user, boolean active) {
        if (isSelf(user)) {
            throw new BusinessException("user.validation.notYourself", null);
        }
        if (!active && user.getRole() == Role.ADMIN) {
            keepAnActiveAdmin(user);
        }
        user.setActive(active);
    }

    /** Refuses a change that would leave no active administrator besides {@code user}. */
    private void keepAnActiveAdmin(AppUser user) {
        if (user.isActive() && repository.countActiveWithRoleExcept(Role.ADMIN, user.getId()) == 0) {
            throw new BusinessException("user.validation.lastAdmin", null);
        }
    }

    private static boolean isSelf(AppUser user) {
        return CurrentUser.find().map(me -> me.getUserId() == user.getId()).orElse(false);
    }

    /** The form's values; the unit only for operators and the partner only for CSR users, each required there. */
    private void apply(AppUser user, AccountForm form) {
        user.setFullName(form.getFullName().strip());
        user.setEmail(form.getEmail());
        user.setRole(form.getRole());
        user.setLanguage(form.getLanguage());
        Long unitId = null;
        Long partnerId = null;
        if (form.getRole() == Role.UPT_OPERATOR) {
            if (form.getUnit() == null) {
                throw new BusinessException("user.validation.unitRequired", "unit");
            }
            unitId = form.getUnit().id();
            boolean active = repository.isUnitActive(unitId)
                    .orElseThrow(() -> new BusinessException("user.validation.unitRequired", "unit"));
            if (!active && !Objects.equals(unitId, user.getUnitId())) {
                throw new BusinessException("user.validation.unitInactive", "unit");
            }
        } else if (form.getRole() == Role.CSR_PARTNER) {
            if (form.getPartner() == null) {
                throw new BusinessException("user.validation.partnerRequired", "partner");
            }
            partnerId = form.getPartner().id();
            boolean active = repository.isPartnerActive(partnerId)
                    .orElseThrow(() -> new BusinessException("user.validation.partnerRequired", "partner"));
            if (!active && !Objects.equals(partnerId, user.getPartnerId())) {
                throw new BusinessException("user.validation.partnerInactive", "partner");
            }
        }
        user.setUnitId(unitId);
        user.setPartnerId(partnerId);
    }

    private AppUser loadForChange(long id, long expectedVersion) {
        AppUser user = repository.findById(id).orElseThrow(NotFoundException::new);
        if (user.getVersion() != expectedVersion) {
            throw new StaleDataException();
        }
        return user;
    }

    private AppUser saveChecked(AppUser user) {
        try {
            return repository.saveAndFlush(user);
        } catch (DataIntegrityViolationException e) {
            if (String.valueOf(e.getMostSpecificCause().getMessage()).contains("uk_app_user_username")) {
                throw usernameTaken(user.getUsername());
            }
            throw e;
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new StaleDataException();
        }
    }

    private static BusinessException usernameTaken(String username) {
        return new BusinessException("user.validation.usernameTaken", "username", username);
    }

    private AccountDetails toDetails(AppUser user) {
        OrganisationRef unit = user.getUnitId() == null ? null : repository.findUnit(user.getUnitId()).orElse(null);
        OrganisationRef partner = user.getPartnerId() == null ? null
                : repository.findPartner(user.getPartnerId()).orElse(null);
        return new AccountDetails(user.getId(), user.getVersion(), user.getUsername(), user.getFullName(),
                user.getEmail(), user.getRole(), unit, partner, user.getLanguage(), user.isActive(),
                user.isMustChangePassword(), user.getCreatedBy(), user.getCreatedAt(), user.getModifiedBy(),
                user.getModifiedAt());
    }

    private static Sort safeSort(Sort requested) {
        List<Sort.Order> orders = requested.stream()
                .filter(order -> SORTABLE.contains(order.getProperty()))
                .toList();
        return (orders.isEmpty() ? Sort.by("username") : Sort.by(orders)).and(Sort.by("id"));
    }
}
