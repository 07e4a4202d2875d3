package id.go.kemensos.replika.user.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import id.go.kemensos.replika.IntegrationTest;
import id.go.kemensos.replika.security.AppUserPrincipal;
import id.go.kemensos.replika.security.Role;
import id.go.kemensos.replika.shell.AccessDeniedView;
import id.go.kemensos.replika.user.AccountForm;
import id.go.kemensos.replika.user.AccountListItem;
import id.go.kemensos.replika.user.NewAccount;
import id.go.kemensos.replika.user.OrganisationRef;
import id.go.kemensos.replika.user.UserService;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The users grid, the account dialog and the change-password view, without a browser. */
@IntegrationTest
class UserViewsTest extends SpringBrowserlessTest {

    private static final String NEW_PASSWORD = "pelangi-di-atas-merapi";

    @Autowired
    UserService service;

    @Autowired
    UserDetailsService users;

    @Test
    @WithUserDetails("admin")
    void anAdministratorFiltersTheUsersFromTheUrl() {
        UI.getCurrent().navigate("users", QueryParameters.fromString("role=UPT_OPERATOR&unit=10&status=ACTIVE"));
        Grid<AccountListItem> grid = findGrid();
        assertThat(find(Select.class).withId("user-filter-role").single().getValue()).isEqualTo(Role.UPT_OPERATOR);
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(1);
        for (int row = 0; row < test(grid).size(); row++) {
            assertThat(test(grid).getRow(row).unitName()).isEqualTo("Sentra Terpadu Kartini");
            assertThat(test(grid).getRow(row).active()).isTrue();
        }
        test(find(TextField.class).withId("user-filter-text").single()).setValue("kartini");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).username()).isEqualTo("kartini");
    }

    @Test
    @WithUserDetails("admin")
    void creatingAnAccountShowsItsTemporaryPasswordOnce() {
        UI.getCurrent().navigate("users");
        test(find(Button.class).withId("user-new").single()).click();
        String username = "uji-view-" + UUID.randomUUID().toString().substring(0, 6);
        test(find(TextField.class).withId("user-username").single()).setValue(username);
        test(find(TextField.class).withId("user-fullname").single()).setValue("Pengguna Uji Tampilan");
        test(find(Button.class).withId("user-save").single()).click();
        @SuppressWarnings("unchecked")
        ComboBox<OrganisationRef> unit = find(ComboBox.class).withId("user-unit").single();
        assertThat(unit.isInvalid()).as("an operator needs a unit, said next to the field").isTrue();
        assertThat(unit.getErrorMessage()).isEqualTo("Operator UPT wajib memiliki unit");

        unit.setValue(new OrganisationRef(10, "Sentra Terpadu Kartini"));
        test(find(Button.class).withId("user-save").single()).click();
        String temporary = find(TextField.class).withId("temporary-password").single().getValue();
        assertThat(temporary).hasSize(16);
        AppUserPrincipal created = (AppUserPrincipal) users.loadUserByUsername(username);
        assertThat(created.getUnitId()).isEqualTo(10L);
        assertThat(created.isMustChangePassword()).isTrue();
        test(find(Button.class).withId("temporary-password-done").single()).click();
        assertThat(find(TextField.class).withId("temporary-password").all()).isEmpty();
    }

    @Test
    @WithUserDetails("direktur")
    void otherRolesCannotOpenTheUsers() {
        UI.getCurrent().navigate("users");
        assertThat(find(Grid.class).withId("user-grid").all()).isEmpty();
        assertThat(find(AccessDeniedView.class).all()).hasSize(1);
    }

    @Test
    void aUserWithAnAdministratorsPasswordIsSentToChangeItUntilTheyDo() {
        NewAccount account = asAdmin(() -> {
            AccountForm form = new AccountForm();
            form.setUsername("uji-paksa-" + UUID.randomUUID().toString().substring(0, 6));
            form.setFullName("Pengguna Wajib Ganti");
            form.setRole(Role.PANRB);
            form.setLanguage("id");
            return service.createAccount(form);
        });
        signIn(account.account().username());
        try {
            UI.getCurrent().navigate("units");
            assertThat(find(ChangePasswordView.class).all()).as("redirected from the units").hasSize(1);
            UI.getCurrent().navigate("no-such-page");
            assertThat(find(ChangePasswordView.class).all()).hasSize(1);
            assertThat(find(Paragraph.class).withId("password-forced").all()).hasSize(1);

            test(find(PasswordField.class).withId("password-current").single()).setValue(account.temporaryPassword());
            test(find(PasswordField.class).withId("password-new").single()).setValue(NEW_PASSWORD);
            test(find(PasswordField.class).withId("password-repeat").single()).setValue(NEW_PASSWORD + "x");
            test(find(Button.class).withId("password-save").single()).click();
            assertThat(find(PasswordField.class).withId("password-repeat").single().isInvalid()).isTrue();

            test(find(PasswordField.class).withId("password-repeat").single()).setValue(NEW_PASSWORD);
            test(find(Button.class).withId("password-save").single()).click();
            assertThat(find(ChangePasswordView.class).all()).as("back home").isEmpty();
            UI.getCurrent().navigate("units");
            assertThat(find(ChangePasswordView.class).all()).as("free to go anywhere now").isEmpty();
            assertThat(find(Grid.class).withId("unit-grid").all()).hasSize(1);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    @WithUserDetails("wyataguna")
    void everyUserReachesTheChangePasswordViewAndSeesRefusalsNextToTheField() {
        UI.getCurrent().navigate("");
        test(find(Button.class).withId("change-password").single()).click();
        assertThat(find(ChangePasswordView.class).all()).hasSize(1);
        assertThat(find(Paragraph.class).withId("password-forced").all()).isEmpty();
        test(find(PasswordField.class).withId("password-current").single()).setValue("not-my-password");
        test(find(PasswordField.class).withId("password-new").single()).setValue(NEW_PASSWORD);
        test(find(PasswordField.class).withId("password-repeat").single()).setValue(NEW_PASSWORD);
        test(find(Button.class).withId("password-save").single()).click();
        PasswordField current = find(PasswordField.class).withId("password-current").single();
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("Kata sandi saat ini salah");

        test(current).setValue("replika-demo");
        test(find(PasswordField.class).withId("password-new").single()).setValue("Password123456");
        test(find(PasswordField.class).withId("password-repeat").single()).setValue("Password123456");
        test(find(Button.class).withId("password-save").single()).click();
        PasswordField fresh = find(PasswordField.class).withId("password-new").single();
        assertThat(fresh.isInvalid()).isTrue();
        assertThat(fresh.getErrorMessage()).contains("terlalu umum");
    }

    @SuppressWarnings("unchecked")
    private Grid<AccountListItem> findGrid() {
        return find(Grid.class).withId("user-grid").single();
    }

    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    private <T> T asAdmin(Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        signIn("admin");
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
