package id.go.kemensos.replika.user;

import id.go.kemensos.replika.base.NotFoundException;
import id.go.kemensos.replika.base.i18n.AppI18NProvider;
import id.go.kemensos.replika.security.CurrentUser;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The user feature's public face: what a signed-in user may change about their own account. */
@Service
@Transactional(readOnly = true)
public class UserService {

    private final AppUserRepository repository;

    UserService(AppUserRepository repository) {
        this.repository = repository;
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
