package id.go.kemensos.replika.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.kemensos.replika.IntegrationTest;
import id.go.kemensos.replika.innovation.InnovationForm;
import id.go.kemensos.replika.innovation.InnovationService;
import id.go.kemensos.replika.unit.UnitRef;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * An innovation titled with markup, in headless Chromium: the title is shown as text in the grid, on the detail
 * page, in the CSV export and in the unit summary PDF, no element is made of it and no alert opens. The record is
 * removed afterwards.
 */
@IntegrationTest
class XssBrowserTest {

    private static final String PAYLOAD = "<img src=x onerror=alert(1)>";

    @LocalServerPort
    int port;
    @Autowired
    InnovationService innovations;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    private ChromeDriver driver;
    private WebDriverWait wait;
    private Path downloads;
    private Long innovationId;

    @BeforeEach
    void startBrowserAndStoreTheTitle() throws IOException {
        assertThat(new File(Chromium.BINARY)).as("Chromium is installed").exists();
        innovationId = asKartini(() -> {
            InnovationForm form = new InnovationForm();
            form.setTitle(PAYLOAD);
            form.setOriginUnit(new UnitRef(10, "ST-KARTINI", "Sentra Terpadu Kartini"));
            form.setYearStarted(2024);
            form.setProblem(PAYLOAD);
            return innovations.create(form).id();
        });
        downloads = Files.createTempDirectory("replika-xss-downloads");
        ChromeOptions options = Chromium.options();
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        // an alert stays open, so noAlert() can see it
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        driver = Chromium.start(options);
        driver.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowserAndRemoveTheRecord() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (innovationId != null) {
            jdbc.update("delete from innovation where id = ?", innovationId);
        }
        try (Stream<Path> files = Files.list(downloads)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(downloads);
    }

    @Test
    void markupInATitleIsShownAsTextEverywhereAndNeverRuns() throws Exception {
        signIn("kartini");

        driver.get(url("innovations?q=onerror"));
        wait.until(d -> d.findElement(By.id("innovation-grid")).getDomProperty("textContent").contains(PAYLOAD));
        noAlert();
        assertThat(imagesMadeOfThePayload()).as("grid").isZero();

        driver.get(url("innovations/" + innovationId));
        wait.until(d -> PAYLOAD.equals(d.findElement(By.id("innovation-title")).getDomProperty("textContent")));
        assertThat(driver.findElement(By.cssSelector("#innovation-title-field input")).getDomProperty("value"))
                .isEqualTo(PAYLOAD);
        assertThat(driver.getTitle()).as("the page title").startsWith(PAYLOAD);
        noAlert();
        assertThat(imagesMadeOfThePayload()).as("detail").isZero();

        driver.get(url("innovations?q=onerror"));
        String csv = fetchText("export-csv");
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
        assertThat(records).as("the CSV export").anyMatch(row -> row.stream().anyMatch(PAYLOAD::equals));

        driver.get(url("units/10"));
        wait.until(d -> !d.findElements(By.id("report-unit")).isEmpty());
        WebElement button = driver.findElement(By.id("report-unit"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
        wait.until(d -> pdfs().size() == 1);
        try (PDDocument pdf = Loader.loadPDF(pdfs().getFirst().toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).as("the unit summary PDF").contains(PAYLOAD.replaceAll("\\s+", ""));
        }
        noAlert();
        assertThat(imagesMadeOfThePayload()).as("unit page").isZero();
    }

    private void noAlert() {
        assertThatThrownBy(() -> driver.switchTo().alert()).as("no alert opened")
                .isInstanceOf(NoAlertPresentException.class);
    }

    /** Elements the browser built from the payload: an img with src=x, anywhere in the page or its shadow roots. */
    private long imagesMadeOfThePayload() {
        return (Long) ((JavascriptExecutor) driver).executeScript("""
                let count = 0;
                const visit = root => {
                    count += root.querySelectorAll('img[src="x"]').length;
                    root.querySelectorAll('*').forEach(e => { if (e.shadowRoot) visit(e.shadowRoot); });
                };
                visit(document);
                return count;
                """);
    }

    private String fetchText(String linkId) {
        wait.until(d -> !d.findElements(By.cssSelector("#" + linkId + "[href]")).isEmpty());
        String href = driver.findElement(By.id(linkId)).getAttribute("href");
        return (String) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done)
                    .catch(error => done('failed: ' + error));
                """, href);
    }

    private List<Path> pdfs() {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.filter(file -> file.toString().endsWith(".pdf")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void signIn(String username) {
        driver.get(url("login"));
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-text-field[name='username'] input")).isEmpty());
        driver.findElement(By.cssSelector("vaadin-text-field[name='username'] input")).sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-password-field[name='password'] input"))
                .sendKeys("replika-demo", Keys.ENTER);
        wait.until(d -> !d.getCurrentUrl().contains("login"));
    }

    private Long asKartini(java.util.function.Supplier<Long> action) {
        UserDetails user = users.loadUserByUsername("kartini");
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
