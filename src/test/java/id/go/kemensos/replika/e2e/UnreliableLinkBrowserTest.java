package id.go.kemensos.replika.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.kemensos.replika.IntegrationTest;
import id.go.kemensos.replika.innovation.InnovationForm;
import id.go.kemensos.replika.innovation.InnovationService;
import id.go.kemensos.replika.unit.UnitRef;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * An operator on a poor link (issue 9): a document upload shows its progress, can be cancelled, says clearly when it
 * was refused (the row keeps retry and remove buttons) and leaves the rest of the form alone; the connection dropping
 * while a form is open is shown in Indonesian and the page keeps what was typed. Chromium's network emulation (DevTools protocol) makes the link slow
 * or takes it away.
 */
@IntegrationTest
class UnreliableLinkBrowserTest {

    private static final UnitRef KARTINI = new UnitRef(10, "ST-KARTINI", "Sentra Terpadu Kartini");

    @LocalServerPort
    int port;

    @Autowired
    InnovationService innovations;

    @Autowired
    UserDetailsService users;

    private ChromeDriver driver;
    private WebDriverWait wait;

    @RegisterExtension
    final BrowserPerTest browser = new BrowserPerTest();

    @BeforeEach
    void useTheBrowser() {
        driver = browser.driver();
        wait = browser.waitFor();
    }

    @Test
    void anUploadShowsProgressCanBeCancelledSaysWhyItFailedAndSucceedsOnRetryKeepingTheForm() throws Exception {
        long id = asKartini(() -> innovations.create(innovation("Unggah di jalur lambat")).id());
        Path cancelled = pdf("dibatalkan", 600_000);
        Path pdf = pdf("laporan-lapangan", 600_000);
        Path fake = Files.createTempFile("bukan-pdf", ".pdf");
        Files.writeString(fake, "this is not a PDF at all");

        signIn("kartini");
        driver.get(url("innovations/" + id));
        wait.until(d -> !d.findElements(By.cssSelector("#innovation-problem textarea")).isEmpty());
        String problem = "Antrean layanan panjang di kantor desa " + System.nanoTime() % 10_000;
        driver.findElement(By.cssSelector("#innovation-problem textarea")).sendKeys(problem);

        // a slow upload shows its progress in Indonesian and can be cancelled
        Wire.throttle(driver, Wire.SLOW_LATENCY_MS, Wire.SLOW_BYTES_PER_SECOND, 40_000);
        choose(cancelled);
        wait.until(d -> fileRowNumber("progress") > 0);
        String status = fileRowText("[part='status']");
        System.out.printf("upload on a 40 kB/s link: progress %s%%, status \"%s\"%n", fileRowNumber("progress"),
                status);
        assertThat(status).as("the row's status while uploading is in Indonesian").containsAnyOf("sisa waktu",
                "Menghubungkan", "Tertahan", "Memeriksa");
        clickFileRowButton("remove-button");
        wait.until(d -> fileRows() == 0);
        assertThat(documentsText()).as("a cancelled upload stores nothing").contains("Belum ada dokumen");

        // an upload whose request cannot get through says so in its row, and its retry succeeds once it can
        Wire.unthrottled(driver);
        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/VAADIN/dynamic/*")));
        choose(pdf);
        wait.until(d -> fileRowButtonVisible("retry-button"));
        String failure = fileRowText("[part='error']");
        System.out.println("upload that could not reach the server, its row says: " + failure);
        assertThat(failure).as("the row says why, in Indonesian").contains("koneksi terputus", "Coba lagi");
        assertThat(documentsText()).contains("Belum ada dokumen");
        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
        clickFileRowButton("retry-button");
        wait.until(d -> documentsText().contains(pdf.getFileName().toString()));
        wait.until(d -> fileRows() == 0);

        // a file the server refuses: its row says so, the message says why, and it can be removed
        choose(fake);
        wait.until(d -> d.findElement(By.tagName("vaadin-notification-card")).getText().contains("PDF"));
        wait.until(d -> fileRowButtonVisible("retry-button"));
        System.out.println("refused upload, its row says: " + fileRowText("[part='error']"));
        clickFileRowButton("remove-button");
        wait.until(d -> fileRows() == 0);

        // what was typed before the uploads is still there and saves
        assertThat(driver.findElement(By.cssSelector("#innovation-problem textarea")).getDomProperty("value"))
                .isEqualTo(problem);
        // leave the field (its value travels on change), then a JavaScript click: the refusal's notification may
        // still lie over the button
        driver.findElement(By.cssSelector("#innovation-problem textarea")).sendKeys(Keys.TAB);
        script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
                driver.findElement(By.id("innovation-save")));
        wait.until(d -> problem.equals(asKartini(() -> innovations.get(id)).problem()));
        assertThat(asKartini(() -> innovations.documents(id))).extracting(d -> d.fileName())
                .containsExactly(pdf.getFileName().toString());
    }

    @Test
    void whenTheConnectionDropsThePortalSaysSoRecoversWhenItReturnsAndNothingTypedIsLost() {
        long id = asKartini(() -> innovations.create(innovation("Koneksi putus")).id());
        signIn("kartini");
        driver.get(url("innovations/" + id));
        wait.until(d -> !d.findElements(By.cssSelector("#innovation-problem textarea")).isEmpty());
        String problem = "Sebelum putus " + System.nanoTime() % 10_000;
        String impact = "Selama putus " + System.nanoTime() % 10_000;
        WebElement problemField = driver.findElement(By.cssSelector("#innovation-problem textarea"));
        problemField.sendKeys(problem);

        Wire.offline(driver);
        problemField.sendKeys(Keys.TAB); // the value change travels to the server, which is out of reach
        wait.until(d -> statusMessage().contains("Koneksi terputus"));
        System.out.println("offline, the indicator says: " + statusMessage());
        driver.findElement(By.cssSelector("#innovation-impact textarea")).sendKeys(impact, Keys.TAB);

        assertThat(driver.findElement(By.cssSelector("#innovation-problem textarea")).getDomProperty("value"))
                .as("what was typed stays on the page").isEqualTo(problem);
        assertThat(driver.findElement(By.cssSelector("#innovation-impact textarea")).getDomProperty("value"))
                .isEqualTo(impact);
        Wire.unthrottled(driver);
        // Flow resends what did not arrive (every 5 s) and then what was queued meanwhile; the indicator clears
        wait.until(d -> "connected".equals(script("return window.Vaadin.connectionState.state;")));
        assertThat(script("const i = document.querySelector('vaadin-connection-indicator');"
                + " return i.hasAttribute('reconnecting') || i.hasAttribute('offline');"))
                .as("no warning left once the link is back").isEqualTo(false);
        script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
                driver.findElement(By.id("innovation-save")));
        wait.until(d -> {
            var saved = asKartini(() -> innovations.get(id));
            return problem.equals(saved.problem()) && impact.equals(saved.impact());
        });
    }

    private void choose(Path file) {
        WebElement upload = driver.findElement(By.cssSelector("#innovation-documents vaadin-upload"));
        WebElement input = upload.findElements(By.cssSelector("input[type=file]")).isEmpty()
                ? upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                : upload.findElement(By.cssSelector("input[type=file]"));
        input.sendKeys(file.toAbsolutePath().toString());
    }

    private Object script(String body, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(body, args);
    }

    private static final String FILE_ROW = "const file = document.querySelector('#innovation-documents vaadin-upload-file');";

    private long fileRows() {
        return ((Number) script("return document.querySelectorAll('#innovation-documents vaadin-upload-file')"
                + ".length")).longValue();
    }

    private long fileRowNumber(String property) {
        Object value = script(FILE_ROW + " return file ? (file[arguments[0]] || 0) : 0;", property);
        return value instanceof Number n ? n.longValue() : 0;
    }

    private String fileRowText(String part) {
        Object text = script(FILE_ROW + " const p = file && (file.shadowRoot.querySelector(arguments[0])"
                + " || file.querySelector(arguments[0])); return p ? p.textContent : '';", part);
        return String.valueOf(text);
    }

    private boolean fileRowButtonVisible(String part) {
        return Boolean.TRUE.equals(script(FILE_ROW + " const b = file && file.shadowRoot.querySelector("
                + "\"[part~='\" + arguments[0] + \"']\"); return !!b && !b.hidden && b.offsetParent !== null;", part));
    }

    private void clickFileRowButton(String part) {
        wait.until(d -> fileRowButtonVisible(part));
        script(FILE_ROW + " file.shadowRoot.querySelector(\"[part~='\" + arguments[0] + \"']\").click();", part);
    }

    private String documentsText() {
        return driver.findElement(By.id("innovation-documents")).getDomProperty("textContent");
    }

    private String statusMessage() {
        Object text = script("const m = document.querySelector('vaadin-connection-indicator .v-status-message');"
                + " return m ? m.textContent.trim() : '';");
        return String.valueOf(text);
    }

    /** A small, valid PDF padded with a comment to {@code size} bytes. */
    private static Path pdf(String name, int size) throws Exception {
        Path file = Files.createTempDirectory("upload").resolve(name + ".pdf");
        StringBuilder content = new StringBuilder("%PDF-1.4\n1 0 obj << >> endobj\n%");
        content.append("x".repeat(Math.max(0, size - 64))).append("\n%%EOF\n");
        Files.writeString(file, content, StandardCharsets.US_ASCII);
        return file;
    }

    private static InnovationForm innovation(String title) {
        InnovationForm form = new InnovationForm();
        form.setTitle(title + " " + System.nanoTime() % 100_000);
        form.setOriginUnit(KARTINI);
        form.setYearStarted(2021);
        return form;
    }

    private <T> T asKartini(Supplier<T> action) {
        var user = users.loadUserByUsername("kartini");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
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
