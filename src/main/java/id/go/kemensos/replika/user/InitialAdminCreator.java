package id.go.kemensos.replika.user;

import id.go.kemensos.replika.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On first start with no users at all, creates the {@code admin} account from {@code REPLIKA_ADMIN_PASSWORD}.
 * Without that password the portal refuses to start: there is never a default password.
 */
@Component
class InitialAdminCreator implements SmartInitializingSingleton {

    static final int MIN_PASSWORD_LENGTH = 12;
    private static final Logger log = LoggerFactory.getLogger(InitialAdminCreator.class);

    private final AppUserRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transactions;
    private final String initialPassword;

    InitialAdminCreator(AppUserRepository repository, PasswordEncoder passwordEncoder,
            TransactionTemplate transactions, @Value("${replika.admin.initial-password:}") String initialPassword) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.transactions = transactions;
        this.initialPassword = initialPassword;
    }

    /**
     * Two instances starting together on an empty database may both find no users: the unique username lets only
     * one insert {@code admin}; the other's insert fails, it finds the account there and starts normally.
     */
    @Override
    public void afterSingletonsInstantiated() {
        try {
            transactions.executeWithoutResult(status -> createAdminIfNoUsers());
        } catch (DataIntegrityViolationException e) {
            if (!repository.existsByUsername("admin")) {
                throw e;
            }
            log.info("Another instance created the first 'admin' account at the same time.");
        }
    }

    void createAdminIfNoUsers() {
        if (repository.count() > 0) {
            return;
        }
        if (initialPassword == null || initialPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("The database has no users. Set REPLIKA_ADMIN_PASSWORD (at least "
                    + MIN_PASSWORD_LENGTH + " characters) to create the first 'admin' account, then start again.");
        }
        AppUser admin = new AppUser();
        admin.setUsername("admin");
        admin.setFullName("Administrator");
        admin.setPasswordHash(passwordEncoder.encode(initialPassword));
        admin.setRole(Role.ADMIN);
        // the password came through the environment: the administrator chooses their own at the first sign-in
        admin.setMustChangePassword(true);
        repository.save(admin);
        log.warn("Created the first 'admin' account from REPLIKA_ADMIN_PASSWORD.");
    }
}
