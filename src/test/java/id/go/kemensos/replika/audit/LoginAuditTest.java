package id.go.kemensos.replika.audit;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.kemensos.replika.IntegrationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Over real HTTP, as a browser signs in: every login, failed login and logout leaves an entry. */
@IntegrationTest
class LoginAuditTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    AuditEntries audit;

    @Test
    void aFailedLoginIsRecordedUnderTheTypedNameEvenIfNoSuchUserExists() throws Exception {
        String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        long last = audit.lastId();

        HttpResponse<String> response = new Browser().login(nobody, "whatever-password");

        assertThat(response.headers().firstValue("Location")).get().asString().contains("error");
        assertThat(audit.after(last)).filteredOn(row -> row.action().equals("LOGIN_FAILED")).singleElement()
                .satisfies(row -> {
                    assertThat(row.username()).isEqualTo(nobody);
                    assertThat(row.role()).isNull();
                    assertThat(row.clientAddress()).isEqualTo("127.0.0.1");
                });
    }

    @Test
    void aWrongPasswordIsRecordedWithoutThePassword() throws Exception {
        long last = audit.lastId();

        new Browser().login("panrb", "not-the-password-123");

        List<AuditEntries.Row> rows = audit.after(last);
        assertThat(rows).filteredOn(row -> row.action().equals("LOGIN_FAILED")).singleElement()
                .satisfies(row -> assertThat(row.username()).isEqualTo("panrb"));
        assertThat(rows).noneMatch(row -> row.details() != null && row.details().contains("not-the-password"));
    }

    @Test
    void aLoginAndALogoutAreRecordedWithRoleAndAddress() throws Exception {
        long last = audit.lastId();
        Browser browser = new Browser();

        HttpResponse<String> login = browser.login("direktur", "replika-demo");
        assertThat(login.headers().firstValue("Location")).get().asString().doesNotContain("error");
        assertThat(audit.after(last)).filteredOn(row -> row.action().equals("LOGIN")).singleElement()
                .satisfies(row -> {
                    assertThat(row.username()).isEqualTo("direktur");
                    assertThat(row.role()).isEqualTo("DIRECTOR");
                    assertThat(row.clientAddress()).isEqualTo("127.0.0.1");
                });

        long afterLogin = audit.lastId();
        browser.logout();
        assertThat(audit.after(afterLogin)).filteredOn(row -> row.action().equals("LOGOUT")).singleElement()
                .satisfies(row -> assertThat(row.username()).isEqualTo("direktur"));
    }

    /** A cookie-keeping client that signs in through the login form, with its CSRF token. */
    private final class Browser {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> login(String username, String password) throws Exception {
            return post("/login", "username=" + encode(username) + "&password=" + encode(password)
                    + "&_csrf=" + encode(csrf("/login")));
        }

        void logout() throws Exception {
            HttpResponse<String> response = post("/logout", "_csrf=" + encode(csrf("/")));
            assertThat(response.statusCode()).isEqualTo(302);
        }

        private String csrf(String path) throws Exception {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher token = CSRF.matcher(page.body());
            assertThat(token.find()).as("a CSRF token on " + path).isTrue();
            return token.group(1);
        }

        private HttpResponse<String> post(String path, String form) throws Exception {
            return http.send(HttpRequest.newBuilder(uri(path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        private static String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }
    }
}
