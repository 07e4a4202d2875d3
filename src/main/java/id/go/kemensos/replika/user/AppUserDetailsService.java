package id.go.kemensos.replika.user;

import id.go.kemensos.replika.security.AppUserPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads users from the database for sign-in; inactive users are refused by Spring Security. */
@Service
class AppUserDetailsService implements UserDetailsService {

    private final AppUserRepository repository;

    AppUserDetailsService(AppUserRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user = repository.findByUsername(username.trim())
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        return new AppUserPrincipal(user.getId(), user.getUsername(), user.getPasswordHash(), user.getFullName(),
                user.getRole(), user.getUnitId(), user.getPartnerId(), user.getLanguage(), user.isActive(),
                user.isMustChangePassword());
    }
}
