package id.go.kemensos.replika.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.kemensos.replika.IntegrationTest;
import id.go.kemensos.replika.base.i18n.AppI18NProvider;
import id.go.kemensos.replika.security.AppUserPrincipal;
import id.go.kemensos.replika.security.Role;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class UserServiceTest {

    @Autowired
    UserService service;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    AppUserRepository repository;

    @Test
    void everyDemoAccountHasItsRoleScopeAndTheDemoPassword() {
        assertAccount("admin", Role.ADMIN, null, null);
        assertAccount("panrb", Role.PANRB, null, null);
        assertAccount("direktur", Role.DIRECTOR, null, null);
        assertAccount("kartini", Role.UPT_OPERATOR, 10L, null);
        assertAccount("soeharso", Role.UPT_OPERATOR, 13L, null);
        assertAccount("wyataguna", Role.UPT_OPERATOR, 14L, null);
        assertAccount("mitra1", Role.CSR_PARTNER, null, 1L);
        assertAccount("mitra2", Role.CSR_PARTNER, null, 2L);
    }

    @Test
    void passwordsAreStoredAsDelegatingBcryptHashes() {
        String stored = repository.findByUsername("direktur").orElseThrow().getPasswordHash();
        assertThat(stored).startsWith("{bcrypt}").doesNotContain("replika-demo");
        assertThat(passwordEncoder.matches("wrong-password", stored)).isFalse();
        assertThat(passwordEncoder.encode("another-secret")).startsWith("{bcrypt}");
    }

    @Test
    void unknownUsersAreNotFound() {
        assertThatThrownBy(() -> userDetailsService.loadUserByUsername("nobody"))
                .isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    @WithUserDetails("wyataguna")
    void theChosenLanguageIsRememberedPerUser() {
        assertThat(service.ownLanguage()).isEqualTo(AppI18NProvider.INDONESIAN);
        assertThat(service.changeOwnLanguage(Locale.UK)).isEqualTo(AppI18NProvider.ENGLISH);
        assertThat(service.ownLanguage()).isEqualTo(AppI18NProvider.ENGLISH);
        assertThat(((AppUserPrincipal) userDetailsService.loadUserByUsername("wyataguna")).getLocale().getLanguage())
                .isEqualTo("en");
        assertThat(repository.findByUsername("soeharso").orElseThrow().getLanguage()).isEqualTo("id");

        assertThat(service.changeOwnLanguage(Locale.of("in"))).isEqualTo(AppI18NProvider.INDONESIAN);
        assertThat(service.ownLanguage()).isEqualTo(AppI18NProvider.INDONESIAN);
    }

    @Test
    void languageChangesNeedASignedInUser() {
        assertThatThrownBy(() -> service.changeOwnLanguage(Locale.ENGLISH))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private void assertAccount(String username, Role role, Long unitId, Long partnerId) {
        AppUserPrincipal principal = (AppUserPrincipal) userDetailsService.loadUserByUsername(username);
        assertThat(principal.getRole()).as(username).isEqualTo(role);
        assertThat(principal.getUnitId()).as(username).isEqualTo(unitId);
        assertThat(principal.getPartnerId()).as(username).isEqualTo(partnerId);
        assertThat(principal.isEnabled()).as(username).isTrue();
        assertThat(passwordEncoder.matches("replika-demo", principal.getPassword())).as(username).isTrue();
    }
}
