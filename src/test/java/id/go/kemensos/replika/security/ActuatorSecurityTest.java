package id.go.kemensos.replika.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.kemensos.replika.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Over real HTTP: health is public for load balancers, everything else needs a signed-in user of the right role. */
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
        for (String path : new String[] {"/actuator/metrics", "/actuator/info", "/actuator", "/units"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isIn(302, 401, 403);
            assertThat(response.body()).as(path).doesNotContain("jvm.memory");
        }
    }

    @Test
    void theLoginPageIsServed() throws Exception {
        assertThat(get("/login").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
