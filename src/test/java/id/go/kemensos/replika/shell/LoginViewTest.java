package id.go.kemensos.replika.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import id.go.kemensos.replika.IntegrationTest;
import id.go.kemensos.replika.security.LoginThrottledException;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.web.WebAttributes;

/** The login view explains a refusal after too many failures, in the same words for any account name. */
@IntegrationTest
@WithAnonymousUser
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    void aWrongPasswordGetsTheUsualMessage() {
        LoginForm form = open(new BadCredentialsException("Bad credentials"));
        assertThat(form.isError()).isTrue();
        assertThat(texts(form)).contains("Nama pengguna atau kata sandi salah").doesNotContain("Terlalu banyak");
    }

    @Test
    void tooManyFailuresGetTheLockMessage() {
        LoginForm form = open(new LoginThrottledException());
        assertThat(form.isError()).isTrue();
        assertThat(texts(form)).contains("Terlalu banyak percobaan masuk", "15 menit")
                .doesNotContain("Nama pengguna atau kata sandi salah");
    }

    /** The texts the form shows, as sent to the browser. */
    private static String texts(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    private LoginForm open(Exception failure) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
        UI.getCurrent().navigate("login", QueryParameters.fromString("error"));
        return find(LoginForm.class).single();
    }
}
