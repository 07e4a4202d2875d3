package id.go.kemensos.replika.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.kemensos.replika.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Over real HTTP: health is public for load balancers; the rest of the actuator needs an administrator. */
@IntegrationTest
class ActuatorSecurityTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void healthAnswersUpWithoutLogin() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("MariaDB");
    }

    @Test
    void otherActuatorEndpointsAndViewsNeedLogin() throws Exception {
        for (String path : new String[] {"/actuator/metrics", "/actuator/info", "/actuator"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.body()).as(path).doesNotContain("jvm.memory");
        }
        for (String path : new String[] {"/units", "/units/10", "/"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.body()).as(path).doesNotContain("jvm.memory");
        }
    }

    @Test
    void metricsNeedAnAdministrator() throws Exception {
        assertThat(get("/actuator/metrics", "direktur", "replika-demo").statusCode()).isEqualTo(403);
        assertThat(get("/actuator/metrics", "admin", "wrong-password").statusCode()).isEqualTo(401);
        HttpResponse<String> admin = get("/actuator/metrics", "admin", "replika-demo");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("jvm.memory.used");
        assertThat(get("/actuator/health", "admin", "replika-demo").body()).contains("db");
    }

    @Test
    void unknownPagesAreLeftToTheUiNotRefusedOutright() throws Exception {
        HttpResponse<String> anonymous = get("/no-such-page");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).get().asString().endsWith("/login");
    }

    @Test
    void theLoginPageIsServed() throws Exception {
        assertThat(get("/login").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String username, String password) throws Exception {
        String credentials = Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(request(path).header("Authorization", "Basic " + credentials).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    }
}
