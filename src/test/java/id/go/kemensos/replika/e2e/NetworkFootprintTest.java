package id.go.kemensos.replika.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.kemensos.replika.IntegrationTest;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bytes and requests on the wire for a first visit (empty cache) and a return visit (warm cache) of the login page
 * and of a role's home, and the time to sign in and open a replication on a 1.6 Mbit/s, 300 ms link. The bytes
 * describe what users get only in production mode, so that test runs apart: {@code scripts/network.sh} (JUnit tag
 * {@code network}, which also repeats the slow link in production mode). The slow link runs in the normal test run
 * too. Prints tables and writes target/network.md and target/slow-link.md. Asserts only facts, never times.
 */
@IntegrationTest
class NetworkFootprintTest {

    /** Records when the page first showed progress: the boot bar (no view yet) or Vaadin's loading indicator. */
    private static final String PROGRESS_WATCH = """
            window.__progress = {boot: null, loading: null};
            (function watch() {
              const now = performance.now();
              const outlet = document.getElementById('outlet');
              if (window.__progress.boot === null && outlet && outlet.childElementCount === 0
                  && getComputedStyle(outlet, '::before').content !== 'none') {
                window.__progress.boot = now;
              }
              const bar = document.querySelector('.v-loading-indicator');
              if (window.__progress.loading === null && bar && getComputedStyle(bar).display !== 'none') {
                window.__progress.loading = now;
              }
              setTimeout(watch, 20);
            })();
            """;

    @LocalServerPort
    int port;

    private final List<String> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    @Value("${vaadin.productionMode:false}")
    boolean productionMode;

    @Test
    @Tag("network")
    void bytesAndRequestsColdAndWarm() throws Exception {
        assertThat(new File(Chromium.BINARY)).exists();
        visits("direktur", "Direktur Rehabilitasi Sosial");
        visits("kartini", "Operator Sentra Terpadu Kartini");
        String table = "| visit | requests (network) | from cache | bytes received | of which UIDL/XHR |\n"
                + "|---|---|---|---|---|\n" + String.join("\n", rows) + "\n\n" + String.join("\n", notes) + "\n";
        System.out.println(table);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "network.md"), table);
    }

    private void visits(String username, String homeText) throws Exception {
        ChromeDriver driver = Chromium.start(Wire.recording(Chromium.options()));
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            Wire.drain(driver);
            Wire.Traffic coldLogin = openLogin(driver, wait);
            Wire.Traffic coldHome = signIn(driver, wait, username, homeText);
            driver.manage().deleteAllCookies(); // signed out; the browser keeps its cache
            Wire.Traffic warmLogin = openLogin(driver, wait);
            Wire.Traffic warmHome = signIn(driver, wait, username, homeText);
            row("login page, first visit (" + username + "'s browser)", coldLogin);
            row(username + " home after sign-in, first visit", coldHome);
            row("login page, return visit", warmLogin);
            row(username + " home after sign-in, return visit", warmHome);

            assertThat(warmLogin.bytes()).as("a return visit transfers fewer bytes").isLessThan(coldLogin.bytes());
            assertThat(warmHome.bytes()).isLessThan(coldHome.bytes());
            assertThat(warmLogin.staticFiles()).as("static files come from the cache on a return visit")
                    .isNotEmpty().allMatch(r -> r.fromCache);
            assertThat(coldLogin.staticFiles()).as("scripts arrive compressed")
                    .filteredOn(r -> r.url.endsWith(".js")).isNotEmpty()
                    .allMatch(r -> r.encoding.equals("br") || r.encoding.equals("gzip"));
            if (username.equals("direktur")) {
                coldLogin.requests().forEach(r -> notes.add("- cold login: " + r));
                coldHome.requests().forEach(r -> notes.add("- cold " + username + " home: " + r));
                warmHome.requests().forEach(r -> notes.add("- warm " + username + " home: " + r));
                Object timing = driver.executeScript("return performance.getEntriesByType('navigation')"
                        + ".concat(performance.getEntriesByType('resource'))"
                        + ".reduce((sum, e) => sum + (e.transferSize || 0), 0)");
                notes.add("- cross-check, warm " + username + " home: Resource Timing transferSize of the home "
                        + "document = " + timing + " B (excludes the sign-in POST and its redirect)");
            }
        } finally {
            driver.quit();
        }
    }

    @Test
    void onASlowLinkSignInAndOpeningAReplicationCompleteWithProgressShown() throws Exception {
        assertThat(new File(Chromium.BINARY)).exists();
        ChromeDriver driver = Chromium.start(Wire.recording(Chromium.options()));
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(180));
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", PROGRESS_WATCH));
            Wire.slowLink(driver);
            long start = System.nanoTime();
            driver.get(url("login"));
            wait.until(d -> !d.findElements(By.cssSelector("vaadin-text-field[name='username'] input")).isEmpty());
            long login = millis(start);
            Object loginProgress = driver.executeScript("return JSON.stringify(window.__progress)");
            driver.findElement(By.cssSelector("vaadin-text-field[name='username'] input")).sendKeys("kartini");
            start = System.nanoTime();
            driver.findElement(By.cssSelector("vaadin-password-field[name='password'] input"))
                    .sendKeys("replika-demo", Keys.ENTER);
            wait.until(d -> d.getPageSource().contains("Operator Sentra Terpadu Kartini")
                    && !d.findElements(By.cssSelector("vaadin-side-nav-item[path='replications']")).isEmpty());
            long home = millis(start);
            Object homeProgress = driver.executeScript("return JSON.stringify(window.__progress)");

            // in-app: the menu to the replication list, as a user would
            driver.executeScript("window.__progress.loading = null;");
            start = System.nanoTime();
            driver.findElement(By.cssSelector("vaadin-side-nav-item[path='replications']")).click();
            wait.until(d -> !d.findElements(By.id("replication-grid")).isEmpty()
                    && d.findElement(By.id("replication-grid")).getDomProperty("textContent").contains("Sentra"));
            long list = millis(start);
            Object listProgress = driver.executeScript("return JSON.stringify(window.__progress)");
            // a replication opened by its address (a shared link)
            start = System.nanoTime();
            driver.get(url("replications/1"));
            wait.until(d -> !d.findElements(By.id("replication-badges")).isEmpty());
            long detail = millis(start);
            Wire.Traffic traffic = Wire.traffic(driver);

            String figures = "Slow link (1.6 Mbit/s each way, 300 ms round trip), Vaadin "
                    + (productionMode ? "production" : "development") + " mode, kartini, empty cache: login page usable "
                    + login + " ms (progress seen " + loginProgress + "); sign-in to a usable home " + home
                    + " ms (" + homeProgress + "); menu to the replication list with rows " + list + " ms ("
                    + listProgress + "); replications/1 opened by its address " + detail + " ms; in all "
                    + traffic.networkRequests() + " requests, " + traffic.bytes() + " B.";
            System.out.println(figures);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "slow-link.md"), figures + "\n");
            assertThat(String.valueOf(loginProgress)).as("a progress bar shows while the first page loads")
                    .doesNotContain("\"boot\":null");
            assertThat(String.valueOf(listProgress)).as("Vaadin's loading indicator shows while the list loads")
                    .doesNotContain("\"loading\":null");
        } finally {
            driver.quit();
        }
    }

    private Wire.Traffic openLogin(ChromeDriver driver, WebDriverWait wait) {
        driver.get(url("login"));
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-text-field[name='username'] input")).isEmpty());
        waitIdle(driver, wait);
        return Wire.traffic(driver);
    }

    private Wire.Traffic signIn(ChromeDriver driver, WebDriverWait wait, String username, String homeText) {
        driver.findElement(By.cssSelector("vaadin-text-field[name='username'] input")).sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-password-field[name='password'] input"))
                .sendKeys("replika-demo", Keys.ENTER);
        wait.until(d -> !d.getCurrentUrl().contains("login") && d.getPageSource().contains(homeText));
        waitIdle(driver, wait);
        return Wire.traffic(driver);
    }

    /** Until Vaadin has no round trip in flight (the view is complete). */
    private static void waitIdle(ChromeDriver driver, WebDriverWait wait) {
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript("const f = window.Vaadin && window.Vaadin.Flow;"
                + " return !!f && !!f.clients && Object.values(f.clients).every(c => !c.isActive());")));
    }

    private void row(String visit, Wire.Traffic traffic) {
        rows.add("| " + visit + " | " + traffic.networkRequests() + " | " + traffic.fromCache() + " | "
                + String.format("%,d", traffic.bytes()) + " | " + traffic.count("XHR") + " / "
                + String.format("%,d", traffic.bytes("XHR")) + " |");
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
