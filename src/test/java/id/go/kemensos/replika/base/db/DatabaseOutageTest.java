package id.go.kemensos.replika.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import id.go.kemensos.replika.IntegrationTest;
import id.go.kemensos.replika.unit.UnitFilter;
import id.go.kemensos.replika.unit.UnitForm;
import id.go.kemensos.replika.unit.UnitService;
import id.go.kemensos.replika.unit.UnitType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database goes away during a session and comes back on the same port with the same data: a change in flight
 * is not half written, pages opened meanwhile say the database cannot be reached (no stack trace), health says
 * DOWN, and afterwards the portal works again without a restart. Runs last (the database is shared), though it leaves
 * the server running as it found it.
 */
@IntegrationTest
@Order(Integer.MAX_VALUE)
class DatabaseOutageTest extends SpringBrowserlessTest {

    @LocalServerPort
    int port;
    @Autowired
    UnitService units;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    @WithUserDetails("admin")
    void theDatabaseGoesAwayAndComesBackWithoutARestartOrAHalfWrittenRecord() throws Exception {
        UI.getCurrent().navigate("units/10");
        assertThat(shownName()).isEqualTo("UnitDetailView");
        String code = "OUTAGE-" + System.nanoTime() % 100_000;
        AtomicBoolean suspended = new AtomicBoolean();
        try {
            // a change in flight when the database goes away
            assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
                units.create(unitForm(code));
                EmbeddedMariaDb.suspend();
                suspended.set(true);
            })).as("the commit fails").isInstanceOf(RuntimeException.class);

            UI.getCurrent().navigate("units/13");
            HasElement page = shown();
            String text = page.getElement().getTextRecursively();
            assertThat(shownName()).isEqualTo("ServerErrorView");
            assertThat(text).contains("Basis data sedang tidak dapat dihubungi", "Coba lagi")
                    .doesNotContain("Exception", "at id.go", "SQL");

            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("DOWN").doesNotContain("Exception");
        } finally {
            if (suspended.get()) {
                EmbeddedMariaDb.resume();
            }
        }

        UI.getCurrent().navigate("units/13");
        assertThat(shownName()).as("works again, same session").isEqualTo("UnitDetailView");
        assertThat(units.count(UnitFilter.all())).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from unit where code = ?", Long.class, code))
                .as("the change in flight left nothing behind").isZero();
    }

    /** The name of the view on screen (views are Spring beans, possibly proxied: the name is matched by prefix). */
    private static String shownName() {
        return shown().getClass().getSimpleName().replaceAll("\\$\\$.*", "");
    }

    private static HasElement shown() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }

    private static UnitForm unitForm(String code) {
        UnitForm form = new UnitForm();
        form.setCode(code);
        form.setName("Sentra Gangguan " + code);
        form.setType(UnitType.UPT);
        return form;
    }
}
