package id.go.kemensos.replika.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.kemensos.replika.IntegrationTest;
import id.go.kemensos.replika.base.BusinessException;
import id.go.kemensos.replika.base.StaleDataException;
import id.go.kemensos.replika.security.AppUserPrincipal;
import id.go.kemensos.replika.security.Role;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The administrators' rules for accounts and everyone's own password, checked in the service (rolled back). */
@IntegrationTest
@Transactional
class UserAdministrationTest {

    @Autowired
    UserService service;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    AppUserRepository repository;

    @Test
    @WithUserDetails("admin")
    void createsAccountsOfEveryRoleWithTheirUnitOrPartnerAndATemporaryPassword() {
        AccountForm director = form(Role.DIRECTOR);
        director.setUnit(new OrganisationRef(10, "ignored"));
        director.setPartner(new OrganisationRef(1, "ignored"));
        NewAccount created = service.createAccount(director);
        assertThat(created.account().unit()).as("only operators have a unit").isNull();
        assertThat(created.account().partner()).as("only CSR users have a partner").isNull();
        assertThat(created.account().mustChangePassword()).isTrue();
        AppUserPrincipal principal = principal(created.account().username());
        assertThat(principal.getRole()).isEqualTo(Role.DIRECTOR);
        assertThat(principal.isMustChangePassword()).isTrue();
        assertThat(passwordEncoder.matches(created.temporaryPassword(), principal.getPassword())).isTrue();
        assertThat(created.toString()).doesNotContain(created.temporaryPassword());

        AccountForm operator = form(Role.UPT_OPERATOR);
        assertRefused(() -> service.createAccount(operator), "user.validation.unitRequired", "unit");
        operator.setUnit(new OrganisationRef(987_654, "no such unit"));
        assertRefused(() -> service.createAccount(operator), "user.validation.unitRequired", "unit");
        operator.setUnit(new OrganisationRef(10, "Sentra Terpadu Kartini"));
        AccountDetails kartiniOperator = service.createAccount(operator).account();
        assertThat(kartiniOperator.unit().name()).isEqualTo("Sentra Terpadu Kartini");
        assertThat(principal(kartiniOperator.username()).getUnitId()).isEqualTo(10L);

        AccountForm partnerUser = form(Role.CSR_PARTNER);
        assertRefused(() -> service.createAccount(partnerUser), "user.validation.partnerRequired", "partner");
        partnerUser.setPartner(new OrganisationRef(1, "any label"));
        AccountDetails csr = service.createAccount(partnerUser).account();
        assertThat(principal(csr.username()).getPartnerId()).isEqualTo(1L);
        assertThat(csr.partner().id()).isEqualTo(1L);

        AccountForm taken = form(Role.PANRB);
        taken.setUsername("kartini");
        assertRefused(() -> service.createAccount(taken), "user.validation.usernameTaken", "username");
        AccountForm invalid = form(Role.PANRB);
        invalid.setUsername("Bad Name!");
        invalid.setFullName(" ");
        assertThatThrownBy(() -> service.createAccount(invalid)).isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    @WithUserDetails("admin")
    void anEditBasedOnAnOldVersionIsRefusedAndTheUsernameStays() {
        AccountDetails created = service.createAccount(form(Role.PANRB)).account();
        AccountForm changed = created.toForm();
        changed.setFullName("Nama Baru");
        changed.setRole(Role.UPT_OPERATOR);
        changed.setUnit(new OrganisationRef(13, "Soeharso"));
        changed.setLanguage("en");
        AccountDetails saved = service.updateAccount(created.id(), created.version(), changed);
        assertThat(saved.version()).isGreaterThan(created.version());
        assertThat(saved.fullName()).isEqualTo("Nama Baru");
        assertThat(saved.unit().id()).isEqualTo(13L);
        assertThat(principal(created.username()).getLocale().getLanguage()).isEqualTo("en");

        AccountForm late = created.toForm();
        late.setFullName("Perubahan yang terlambat");
        assertThatThrownBy(() -> service.updateAccount(created.id(), created.version(), late))
                .isInstanceOf(StaleDataException.class);
        assertThat(service.account(created.id()).fullName()).isEqualTo("Nama Baru");

        AccountForm renamed = saved.toForm();
        renamed.setUsername("nama-lain-" + suffix());
        assertRefused(() -> service.updateAccount(saved.id(), saved.version(), renamed),
                "user.validation.usernameFixed", "username");
        assertThatThrownBy(() -> service.setAccountActive(created.id(), created.version(), false))
                .isInstanceOf(StaleDataException.class);
    }

    @Test
    @WithUserDetails("admin")
    void deactivationNeverLocksOutTheLastAdministratorOrOneself() {
        long me = repository.findByUsername("admin").orElseThrow().getId();
        AccountDetails mine = service.account(me);
        assertRefused(() -> service.setAccountActive(me, mine.version(), false), "user.validation.notYourself", null);
        AccountForm myForm = mine.toForm();
        myForm.setRole(Role.DIRECTOR);
        assertRefused(() -> service.updateAccount(me, mine.version(), myForm), "user.validation.ownRole", "role");

        AccountDetails operator = service.createAccount(operatorForm()).account();
        AccountDetails off = service.setAccountActive(operator.id(), operator.version(), false);
        assertThat(off.active()).isFalse();
        assertThat(principal(operator.username()).isEnabled()).isFalse();
        assertThat(service.setAccountActive(off.id(), off.version(), true).active()).isTrue();

        // a second administrator; then only they remain active (this session's own account was switched off)
        AccountDetails second = service.createAccount(form(Role.ADMIN)).account();
        AppUser self = repository.findById(me).orElseThrow();
        self.setActive(false);
        repository.saveAndFlush(self);
        assertRefused(() -> service.setAccountActive(second.id(), second.version(), false),
                "user.validation.lastAdmin", null);
        AccountForm demoted = second.toForm();
        demoted.setRole(Role.PANRB);
        assertRefused(() -> service.updateAccount(second.id(), second.version(), demoted),
                "user.validation.lastAdmin", null);
        assertThat(service.account(second.id()).active()).isTrue();
        assertThat(service.account(second.id()).role()).isEqualTo(Role.ADMIN);
    }

    @Test
    @WithUserDetails("admin")
    void aResetGivesANewTemporaryPasswordThatMustBeChanged() {
        AccountDetails created = service.createAccount(operatorForm()).account();
        String before = repository.findById(created.id()).orElseThrow().getPasswordHash();
        String temporary = service.resetPassword(created.id());
        AppUserPrincipal principal = principal(created.username());
        assertThat(principal.getPassword()).isNotEqualTo(before);
        assertThat(passwordEncoder.matches(temporary, principal.getPassword())).isTrue();
        assertThat(principal.isMustChangePassword()).isTrue();

        // the owner changes it, which ends the "must change" state
        asUser(created.username(), () -> {
            service.changeOwnPassword(temporary, "lembayung-senja-di-borobudur");
            assertThat(service.ownPasswordMustChange()).isFalse();
            return null;
        });
        assertThat(principal(created.username()).isMustChangePassword()).isFalse();
        assertThat(passwordEncoder.matches("lembayung-senja-di-borobudur",
                principal(created.username()).getPassword())).isTrue();
    }

    @Test
    @WithUserDetails("soeharso")
    void changingOnesOwnPasswordNeedsTheCurrentOneAndFollowsThePolicy() {
        assertRefused(() -> service.changeOwnPassword("wrong-password", "lembayung-senja-di-borobudur"),
                "user.password.currentWrong", "currentPassword");
        assertRefused(() -> service.changeOwnPassword("", "lembayung-senja-di-borobudur"),
                "user.password.currentWrong", "currentPassword");
        assertRefused(() -> service.changeOwnPassword("replika-demo", "pendek-saja"),
                "user.password.tooShort", "newPassword");
        assertRefused(() -> service.changeOwnPassword("replika-demo", "Soeharso-pusat-Solo"),
                "user.password.containsUsername", "newPassword");
        assertRefused(() -> service.changeOwnPassword("replika-demo", "Password123456"),
                "user.password.common", "newPassword");
        assertRefused(() -> service.changeOwnPassword("replika-demo", "replika-demo"),
                "user.password.sameAsCurrent", "newPassword");
        String hash = repository.findByUsername("soeharso").orElseThrow().getPasswordHash();
        assertThat(passwordEncoder.matches("replika-demo", hash)).as("nothing changed so far").isTrue();

        service.changeOwnPassword("replika-demo", "lembayung-senja-di-borobudur");
        String changed = repository.findByUsername("soeharso").orElseThrow().getPasswordHash();
        assertThat(passwordEncoder.matches("lembayung-senja-di-borobudur", changed)).isTrue();
        assertThat(passwordEncoder.matches("replika-demo", changed)).isFalse();
    }

    @Test
    void changingAPasswordNeedsASignedInUser() {
        assertThatThrownBy(() -> service.changeOwnPassword("replika-demo", "lembayung-senja-di-borobudur"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithUserDetails("admin")
    void theGridFiltersAndSortsInTheDatabase() {
        AccountDetails operator = service.createAccount(operatorForm()).account();
        service.setAccountActive(operator.id(), operator.version(), false);

        // other tests may have left operators of this unit behind, so count from what is there now
        List<AccountListItem> operatorsOfKartini = service.searchAccounts(
                new AccountFilter(null, Role.UPT_OPERATOR, 10L, null), PageRequest.of(0, 100));
        assertThat(operatorsOfKartini).extracting(AccountListItem::username)
                .contains("kartini", operator.username()).doesNotContain("soeharso", "admin");
        assertThat(operatorsOfKartini).allSatisfy(item -> assertThat(item.unitName())
                .isEqualTo("Sentra Terpadu Kartini"));
        long activeOnes = operatorsOfKartini.stream().filter(AccountListItem::active).count();
        assertThat(service.countAccounts(new AccountFilter(null, Role.UPT_OPERATOR, 10L, true))).isEqualTo(activeOnes)
                .isEqualTo(operatorsOfKartini.size() - 1);
        assertThat(service.searchAccounts(new AccountFilter(operator.username().toUpperCase(), null, null, false),
                PageRequest.of(0, 10))).singleElement().satisfies(item -> {
                    assertThat(item.active()).isFalse();
                    assertThat(item.mustChangePassword()).isTrue();
                });
        assertThat(service.searchAccounts(new AccountFilter("mitra", Role.CSR_PARTNER, null, true),
                PageRequest.of(0, 10, Sort.by("username")))).extracting(AccountListItem::partnerName)
                .first().isNotNull();
        assertThat(service.searchAccounts(new AccountFilter("100%_!", null, null, null), PageRequest.of(0, 10)))
                .isEmpty();
        List<String> byNameDescending = service.searchAccounts(AccountFilter.all(),
                PageRequest.of(0, 100, Sort.by(Sort.Direction.DESC, "fullName"))).stream()
                .map(AccountListItem::fullName).toList();
        assertThat(byNameDescending).hasSizeGreaterThanOrEqualTo(9)
                .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER.reversed());
        assertThat(service.searchAccounts(AccountFilter.all(), PageRequest.of(0, 3))).hasSize(3);
    }

    @Test
    void onlyAdministratorsManageAccounts() {
        for (String username : new String[] {"panrb", "direktur", "kartini", "mitra1"}) {
            asUser(username, () -> {
                assertDenied(() -> service.searchAccounts(AccountFilter.all(), PageRequest.of(0, 10)));
                assertDenied(() -> service.countAccounts(AccountFilter.all()));
                assertDenied(() -> service.account(1));
                assertDenied(() -> service.createAccount(form(Role.ADMIN)));
                assertDenied(() -> service.updateAccount(1, 0, form(Role.ADMIN)));
                assertDenied(() -> service.setAccountActive(1, 0, false));
                assertDenied(() -> service.setActive(1, false));
                assertDenied(() -> service.resetPassword(1));
                assertDenied(() -> service.unitChoices("", 0, 10));
                assertDenied(() -> service.partnerChoices("", 0, 10));
                return null;
            });
        }
    }

    private static void assertDenied(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class);
    }

    private static void assertRefused(ThrowingCallable call, String key, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.getMessageKey()).isEqualTo(key);
            assertThat(e.getField()).isEqualTo(field);
        });
    }

    private AppUserPrincipal principal(String username) {
        return (AppUserPrincipal) userDetailsService.loadUserByUsername(username);
    }

    private <T> T asUser(String username, Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        UserDetails user = userDetailsService.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static AccountForm operatorForm() {
        AccountForm form = form(Role.UPT_OPERATOR);
        form.setUnit(new OrganisationRef(10, "Sentra Terpadu Kartini"));
        return form;
    }

    static AccountForm form(Role role) {
        AccountForm form = new AccountForm();
        form.setUsername("uji-" + suffix());
        form.setFullName("Pengguna Uji " + role.name());
        form.setRole(role);
        form.setLanguage("id");
        return form;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
