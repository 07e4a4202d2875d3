package id.go.kemensos.replika.user;

import id.go.kemensos.replika.base.NotFoundException;
import id.go.kemensos.replika.base.i18n.AppI18NProvider;
import id.go.kemensos.replika.base.BusinessException;
import id.go.kemensos.replika.security.CurrentUser;
import id.go.kemensos.replika.security.Role;
import id.go.kemensos.replika.security.Roles;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.validation.annotation.Validated;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The user feature's public face: what a signed-in user may change about their own account. */
@Service
@Validated
@Transactional(readOnly = true)
public class UserService {

    /** BCrypt reads at most 72 bytes of a password (and Spring's encoder refuses more). */
    static final int PASSWORD_MAX_BYTES = 72;

    private final AppUserRepository repository;
    private final PasswordEncoder passwordEncoder;

    UserService(AppUserRepository repository, PasswordEncoder passwordEncoder) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
    }

    /** The accounts of one CSR partner company. */
    @PreAuthorize(Roles.IS_ADMIN)
    public List<UserListItem> usersOfPartner(long partnerId) {
        return repository.findByPartner(partnerId);
    }

    /** A new CSR partner account; the username is unique and the password is stored only as a hash. */
    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public UserListItem createPartnerUser(long partnerId, @Valid NewUserForm form) {
        if (form.getInitialPassword().getBytes(StandardCharsets.UTF_8).length > PASSWORD_MAX_BYTES) {
            throw new BusinessException("error.passwordTooLong", "initialPassword", PASSWORD_MAX_BYTES);
        }
        if (repository.existsByUsername(form.getUsername())) {
            throw new BusinessException("user.validation.usernameTaken", "username", form.getUsername());
        }
        AppUser user = new AppUser();
        user.setUsername(form.getUsername());
        user.setFullName(form.getFullName().strip());
        user.setEmail(form.getEmail());
        user.setPasswordHash(passwordEncoder.encode(form.getInitialPassword()));
        user.setRole(Role.CSR_PARTNER);
        user.setPartnerId(partnerId);
        try {
            repository.saveAndFlush(user);
        } catch (DataIntegrityViolationException e) {
            throw new BusinessException("user.validation.usernameTaken", "username", form.getUsername());
        }
        return new UserListItem(user.getId(), user.getVersion(), user.getUsername(), user.getFullName(),
                user.getEmail(), true);
    }

    /** Deactivates or reactivates an account; an inactive user cannot sign in. */
    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public void setActive(long userId, boolean active) {
        AppUser user = repository.findById(userId).orElseThrow(NotFoundException::new);
        if (user.getId() == CurrentUser.require().getUserId()) {
            throw new BusinessException("user.validation.notYourself", null);
        }
        user.setActive(active);
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
}
