package id.go.kemensos.replika.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.kemensos.replika.IntegrationTest;
import id.go.kemensos.replika.base.i18n.Formats;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Export links followed in headless Chromium: the download is a separate servlet request, and there the signed-in
 * user's scope must still apply (Kartini is unit 10, mitra1 partner 1).
 */
@IntegrationTest
class ExportDownloadJourneyTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private WebDriver driver;
    private WebDriverWait wait;

    @RegisterExtension
    final BrowserPerTest browser = new BrowserPerTest();

    @BeforeEach
    void useTheBrowser() {
        driver = browser.driver();
        wait = browser.waitFor();
    }

    @Test
    void anOperatorDownloadsOnlyTheirUnitsReplications() {
        signIn("kartini");
        driver.get(url("replications"));

        Map<String, Object> csv = fetch("export-csv");
        assertThat(csv.get("status")).isEqualTo(200L);
        assertThat((String) csv.get("disposition"))
                .contains("replikasi-" + LocalDate.now(Formats.ZONE) + ".csv");
        assertThat(csv.get("head")).as("UTF-8 byte order mark").isEqualTo("ef bb bf");
        List<CSVRecord> rows = rows((String) csv.get("text"));
        Long theirs = jdbc.queryForObject(
                "select count(*) from replication where origin_unit_id = 10 or adopting_unit_id = 10", Long.class);
        assertThat(rows).isNotEmpty().hasSize(theirs.intValue())
                .allMatch(row -> row.get(2).equals("Sentra Terpadu Kartini")
                        || row.get(3).equals("Sentra Terpadu Kartini"));

        Map<String, Object> xlsx = fetch("export-xlsx");
        assertThat(xlsx.get("status")).isEqualTo(200L);
        assertThat((String) xlsx.get("type")).startsWith("application/vnd.openxmlformats");
        assertThat(xlsx.get("head")).as("a ZIP archive").isEqualTo("50 4b 3");
    }

    @Test
    void aCsrPartnerDownloadsOnlyItsSponsoredWorkshops() {
        signIn("mitra1");
        driver.get(url("workshops"));

        Map<String, Object> csv = fetch("export-csv");
        assertThat(csv.get("status")).isEqualTo(200L);
        List<Long> sponsored = jdbc.queryForList(
                "select distinct workshop_id from sponsorship where partner_id = 1", Long.class);
        assertThat(rows((String) csv.get("text"))).extracting(row -> Long.valueOf(row.get(0)))
                .containsExactlyInAnyOrderElementsOf(sponsored);
    }

    /** Follows the export link as the browser would, with the session cookie, and returns what came back. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> fetch(String linkId) {
        wait.until(d -> !d.findElements(By.cssSelector("#" + linkId + "[href]")).isEmpty());
        String href = driver.findElement(By.id(linkId)).getAttribute("href");
        return (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'})
                    .then(response => response.arrayBuffer().then(buffer => {
                        const bytes = new Uint8Array(buffer);
                        done({status: response.status, type: response.headers.get('content-type'),
                            disposition: response.headers.get('content-disposition'),
                            head: Array.from(bytes.slice(0, 3), b => b.toString(16)).join(' '),
                            text: new TextDecoder('utf-8').decode(bytes)});
                    }))
                    .catch(error => done({status: -1, head: '', text: String(error)}));
                """, href);
    }

    /** The data rows of a CSV export as the browser decoded it (the decoder drops the byte order mark). */
    private static List<CSVRecord> rows(String text) {
        try {
            List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
            return records.subList(1, records.size());
        } catch (IOException e) {
            throw new IllegalStateException(e);
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

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
