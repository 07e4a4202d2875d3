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
    @WithUserDetails("admin")
    void administratorsCreateAndStopPartnerAccounts() {
        String username = "mitra-uji-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        NewUserForm form = new NewUserForm();
        form.setUsername(" " + username.toUpperCase() + " ");
        form.setFullName("Pengguna Uji");
        form.setInitialPassword("sandi-awal-yang-panjang");
        UserListItem created = service.createPartnerUser(1, form);
        assertThat(created.username()).isEqualTo(username);
        AppUserPrincipal principal = (AppUserPrincipal) userDetailsService.loadUserByUsername(username);
        assertThat(principal.getRole()).isEqualTo(Role.CSR_PARTNER);
        assertThat(principal.getPartnerId()).isEqualTo(1L);
        assertThat(passwordEncoder.matches("sandi-awal-yang-panjang", principal.getPassword())).isTrue();
        assertThat(service.usersOfPartner(1)).extracting(UserListItem::username).contains("mitra1", username);

        assertThatThrownBy(() -> service.createPartnerUser(1, form))
                .isInstanceOfSatisfying(id.go.kemensos.replika.base.BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("user.validation.usernameTaken"));
        NewUserForm weak = new NewUserForm();
        weak.setUsername("pendek");
        weak.setFullName("X");
        weak.setInitialPassword("short");
        assertThatThrownBy(() -> service.createPartnerUser(1, weak))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class);

        service.setActive(created.id(), false);
        assertThat(userDetailsService.loadUserByUsername(username).isEnabled()).isFalse();
    }

    @Test
    @WithUserDetails("direktur")
    void onlyAdministratorsManageAccounts() {
        assertThatThrownBy(() -> service.usersOfPartner(1))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> service.setActive(1, false))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
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
