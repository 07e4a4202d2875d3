package id.go.kemensos.replika.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.kemensos.replika.IntegrationTest;
import id.go.kemensos.replika.innovation.InnovationForm;
import id.go.kemensos.replika.innovation.InnovationService;
import id.go.kemensos.replika.unit.UnitDetails;
import id.go.kemensos.replika.unit.UnitRef;
import id.go.kemensos.replika.unit.UnitService;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Real journeys in Debian's headless Chromium (installed by .ci/run), driven by Selenium through the system
 * chromedriver, so nothing is downloaded.
 */
@IntegrationTest
class BrowserJourneyTest {

    private static final long ALYATAMA = 25;
    private static final String IMPORT_HEADER = "code,name,type,parent_code,city,province,head_name\n";

    @LocalServerPort
    int port;

    @Autowired
    InnovationService innovations;

    @Autowired
    UserDetailsService users;

    @Autowired
    UnitService units;

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
    void directorSignsInOpensUnitsAndSeesTheDemoUnits() {
        signIn("direktur");
        wait.until(d -> d.getPageSource().contains("Direktur Rehabilitasi Sosial"));

        driver.findElement(By.cssSelector("vaadin-side-nav-item[path='units']")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/units"));
        wait.until(d -> d.getPageSource().contains("Sentra "));
        assertThat(driver.getTitle()).contains("Unit Kerja");
        int total = Integer.parseInt(driver.findElement(By.id("unit-count")).getText().replace(" unit", ""));
        assertThat(total).as("the demo units (other tests may have added more)").isGreaterThanOrEqualTo(19);

        // other tests add units too, so find the demo ones through the search box, as a director would
        driver.findElement(By.cssSelector("#unit-filter-text input")).sendKeys("kartini");
        wait.until(d -> "1 unit".equals(d.findElement(By.id("unit-count")).getText()));
        assertThat(driver.getPageSource()).contains("Sentra Terpadu Kartini", "Temanggung", "Jawa Tengah");

        driver.findElement(By.cssSelector("#unit-filter-text input"))
                .sendKeys(Keys.chord(Keys.CONTROL, "a"), "wyata");
        wait.until(d -> d.getCurrentUrl().endsWith("/units?q=wyata"));
        wait.until(d -> "1 unit".equals(d.findElement(By.id("unit-count")).getText()));
        assertThat(driver.getPageSource()).contains("Sentra Wyata Guna", "Bandung");
    }

    @Test
    void anOperatorRecordsAnInnovationAndADirectorThenAddsItsAward() {
        signIn("kartini");
        wait.until(d -> d.getPageSource().contains("Operator Sentra Terpadu Kartini"));
        driver.findElement(By.cssSelector("vaadin-side-nav-item[path='innovations']")).click();
        wait.until(d -> !d.findElements(By.id("innovation-new")).isEmpty());
        click(By.id("innovation-new"));
        wait.until(d -> d.getCurrentUrl().endsWith("/innovations/new"));

        String title = "Kelas Braille Digital " + System.nanoTime() % 100_000;
        wait.until(d -> !d.findElements(By.cssSelector("#innovation-title-field input")).isEmpty());
        driver.findElement(By.cssSelector("#innovation-title-field input")).sendKeys(title);
        driver.findElement(By.cssSelector("#innovation-year input")).sendKeys("2022", Keys.TAB);
        click(By.id("innovation-save"));
        wait.until(d -> d.getCurrentUrl().matches(".*/innovations/\\d+$"));
        String innovationUrl = driver.getCurrentUrl();
        wait.until(d -> title.equals(d.findElement(By.id("innovation-title")).getDomProperty("textContent")));
        assertThat(driver.findElement(By.id("innovation-code")).getDomProperty("textContent")).startsWith("INV-");
        assertThat(driver.findElements(By.id("award-add"))).as("operators are offered no way to add an award")
                .isEmpty();

        driver.manage().deleteAllCookies();
        signIn("direktur");
        wait.until(d -> d.getPageSource().contains("Direktur Rehabilitasi Sosial"));
        driver.get(innovationUrl);
        wait.until(d -> !d.findElements(By.id("award-add")).isEmpty());
        click(By.id("award-add"));
        wait.until(d -> !d.findElements(By.cssSelector("#award-year input")).isEmpty());
        driver.findElement(By.cssSelector("#award-year input")).sendKeys("2023", Keys.TAB);
        driver.findElement(By.id("award-level")).click();
        wait.until(d -> d.findElements(By.tagName("vaadin-select-item")).stream()
                .anyMatch(item -> item.getText().equals("Top 99")));
        driver.findElements(By.tagName("vaadin-select-item")).stream()
                .filter(item -> item.getText().equals("Top 99")).findFirst().orElseThrow().click();
        click(By.id("award-save"));
        wait.until(d -> d.findElements(By.id("award-dialog")).isEmpty());
        wait.until(d -> {
            String awards = d.findElement(By.id("award-grid")).getDomProperty("textContent");
            return awards.contains("Top 99") && awards.contains("2023");
        });
    }

    @Test
    void anOperatorProposesAReplicationAndTheDirectorApprovesIt() throws Exception {
        String title = "Layanan Terapi Okupasi " + System.nanoTime() % 100_000;
        long innovationId = asUser("soeharso", () -> innovations.create(innovationOfSoeharso(title)).id());

        signIn("kartini");
        wait.until(d -> d.getPageSource().contains("Operator Sentra Terpadu Kartini"));
        driver.get(url("innovations/" + innovationId));
        wait.until(d -> !d.findElements(By.id("replication-start")).isEmpty());
        click(By.id("replication-start"));
        wait.until(d -> d.getCurrentUrl().matches(".*/replications/\\d+$"));
        String replicationUrl = driver.getCurrentUrl();

        Path letter = Files.createTempFile("surat-minat", ".pdf");
        Files.writeString(letter, "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n");
        wait.until(d -> !d.findElements(By.cssSelector("#replication-documents vaadin-upload")).isEmpty());
        WebElement upload = driver.findElement(By.cssSelector("#replication-documents vaadin-upload"));
        WebElement fileInput = upload.findElements(By.cssSelector("input[type=file]")).isEmpty()
                ? upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                : upload.findElement(By.cssSelector("input[type=file]"));
        fileInput.sendKeys(letter.toAbsolutePath().toString());
        wait.until(d -> d.findElement(By.id("replication-documents")).getDomProperty("textContent")
                .contains(letter.getFileName().toString()));
        click(By.id("action-SUBMIT"));
        click(By.id("step-confirm"));
        wait.until(d -> d.findElement(By.id("replication-badges")).getDomProperty("textContent")
                .contains("Diajukan"));

        driver.manage().deleteAllCookies();
        signIn("direktur");
        wait.until(d -> d.getPageSource().contains("Direktur Rehabilitasi Sosial"));
        driver.get(url("replications?status=SUBMITTED"));
        wait.until(d -> d.findElement(By.id("replication-grid")).getDomProperty("textContent").contains(title));
        driver.get(replicationUrl);
        wait.until(d -> !d.findElements(By.id("action-APPROVE")).isEmpty());
        click(By.id("action-APPROVE"));
        click(By.id("step-confirm"));
        wait.until(d -> d.findElement(By.id("replication-badges")).getDomProperty("textContent")
                .contains("Disetujui"));

        driver.manage().deleteAllCookies();
        signIn("kartini");
        wait.until(d -> !d.findElements(By.id("notification-bell")).isEmpty());
        click(By.id("notification-bell"));
        wait.until(d -> !d.findElements(By.id("notification-list")).isEmpty()
                && d.findElement(By.id("notification-list")).getDomProperty("textContent")
                        .contains("Replikasi " + title + " oleh Sentra Terpadu Kartini disetujui"));
    }

    @Test
    void anAdministratorSeesEveryProblemOfAnImportThenImportsAFileThatChangesNothing() throws Exception {
        UnitDetails alyatama = asUser("admin", () -> units.get(ALYATAMA));
        Path broken = Files.createTempFile("unit-impor", ".csv");
        Files.writeString(broken, IMPORT_HEADER + "E2E-IMPOR,Sentra Uji Peramban,UPT,NO-SUCH-UNIT,,,\n");
        Path same = Files.createTempFile("unit-impor", ".csv");
        Files.writeString(same, IMPORT_HEADER + csvLine(alyatama.code(), alyatama.name(), alyatama.type().name(),
                alyatama.parent() == null ? "" : alyatama.parent().code(), alyatama.city(), alyatama.province(),
                alyatama.headName()));

        signIn("admin");
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-side-nav-item[path='import']")).isEmpty());
        driver.get(url("import"));
        uploadTo("import-upload", broken);
        wait.until(d -> d.findElement(By.id("import-preview")).getDomProperty("textContent")
                .contains("Tidak ada unit dengan kode NO-SUCH-UNIT"));
        assertThat(driver.findElement(By.id("import-run")).getDomAttribute("disabled")).isNotNull();

        uploadTo("import-upload", same);
        wait.until(d -> "Semua 1 baris siap diimpor.".equals(d.findElement(By.id("import-summary")).getText()));
        click(By.id("import-run"));
        wait.until(d -> d.findElement(By.id("import-result")).getText()
                .equals("Impor selesai: 0 dibuat, 0 diperbarui, 1 tidak berubah."));
        assertThat(asUser("admin", () -> units.get(ALYATAMA))).isEqualTo(alyatama);
    }

    private void uploadTo(String uploadId, Path file) {
        wait.until(d -> !d.findElements(By.id(uploadId)).isEmpty());
        WebElement upload = driver.findElement(By.id(uploadId));
        WebElement fileInput = upload.findElements(By.cssSelector("input[type=file]")).isEmpty()
                ? upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                : upload.findElement(By.cssSelector("input[type=file]"));
        fileInput.sendKeys(file.toAbsolutePath().toString());
    }

    /** One CSV line, every value quoted. */
    private static String csvLine(String... values) {
        return java.util.Arrays.stream(values).map(v -> "\"" + (v == null ? "" : v.replace("\"", "\"\"")) + "\"")
                .collect(java.util.stream.Collectors.joining(",")) + "\n";
    }

    private <T> T asUser(String username, java.util.function.Supplier<T> action) {
        var user = users.loadUserByUsername(username);
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    private static InnovationForm innovationOfSoeharso(String title) {
        InnovationForm form = new InnovationForm();
        form.setTitle(title);
        form.setOriginUnit(new UnitRef(13, "ST-SOEHARSO", "Sentra Terpadu Prof. Dr. Soeharso"));
        form.setYearStarted(2020);
        return form;
    }

    @Test
    void aCsrPartnerLandsOnItsHomeAndCannotOpenAnUnsponsoredWorkshop() {
        signIn("mitra1");
        wait.until(d -> d.getCurrentUrl().endsWith("/mitra"));
        wait.until(d -> !d.findElements(By.id("partner-home-workshops")).isEmpty());
        String home = driver.findElement(By.id("partner-home-workshops")).getDomProperty("textContent");
        assertThat(home).contains("Batik Barokah").doesNotContain("Rumah Kinasih");
        driver.get(url("workshops/1"));
        wait.until(d -> d.getPageSource().contains("Halaman tidak ditemukan"));
        assertThat(driver.getPageSource()).doesNotContain("Blitar");
    }

    @Test
    void csrPartnerSignsInAndHasNoUnitsMenu() {
        signIn("mitra1");
        wait.until(d -> d.getCurrentUrl().endsWith("/mitra"));
        assertThat(driver.findElements(By.cssSelector("vaadin-side-nav-item[path='units']"))).isEmpty();

        driver.get(url("units"));
        wait.until(d -> d.getPageSource().contains("Akses ditolak"));
        assertThat(driver.getPageSource()).doesNotContain("Sentra Terpadu Kartini");
    }

    @Test
    void aSignedInUserOpeningAnUnknownPageGetsTheNotFoundPage() {
        signIn("kartini");
        wait.until(d -> d.getPageSource().contains("Operator Sentra Terpadu Kartini"));
        driver.get(url("no-such-page"));
        wait.until(d -> d.getPageSource().contains("Halaman tidak ditemukan"));
        driver.get(url("units/987654"));
        wait.until(d -> d.getPageSource().contains("Halaman tidak ditemukan"));
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        driver.get(url("units"));
        wait.until(d -> d.getCurrentUrl().endsWith("/login"));
        assertThat(driver.getPageSource()).doesNotContain("Sentra Terpadu Kartini");
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        driver.get(url("login"));
        typeCredentials("direktur", "not-the-password");
        wait.until(d -> d.getCurrentUrl().contains("error"));
        wait.until(d -> ((JavascriptExecutor) d).executeScript(
                "const form = document.querySelector('vaadin-login-form'); return form != null && form.error === true").equals(Boolean.TRUE));
    }

    /** Clicks like a user who first scrolls the element into view (long forms, floating dev-mode popups). */
    private void click(By locator) {
        wait.until(d -> !d.findElements(locator).isEmpty());
        WebElement element = driver.findElement(locator);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        wait.until(d -> element.isDisplayed() && element.isEnabled());
        element.click();
    }

    private void signIn(String username) {
        driver.get(url("login"));
        typeCredentials(username, "replika-demo");
        wait.until(d -> !d.getCurrentUrl().contains("login"));
    }

    private void typeCredentials(String username, String password) {
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-text-field[name='username'] input")).isEmpty());
        driver.findElement(By.cssSelector("vaadin-text-field[name='username'] input")).sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-password-field[name='password'] input"))
                .sendKeys(password, Keys.ENTER);
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
