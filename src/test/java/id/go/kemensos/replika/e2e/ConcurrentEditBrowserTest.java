package id.go.kemensos.replika.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.kemensos.replika.IntegrationTest;
import id.go.kemensos.replika.innovation.InnovationForm;
import id.go.kemensos.replika.innovation.InnovationService;
import id.go.kemensos.replika.unit.UnitRef;
import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two people in two real browsers edit the same innovation. The first save stands; the second is refused with the
 * "changed by someone else" dialog (reload, or keep my input), and nothing of it reaches the database. Keeping the
 * input shows the stored value under each field that differs; saving again then works on the latest version.
 */
@IntegrationTest
class ConcurrentEditBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    InnovationService innovations;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    private ChromeDriver first;
    private ChromeDriver second;
    private long innovationId;
    private String original;

    @BeforeEach
    void createTheRecordAndTwoBrowsers() throws IOException {
        assertThat(new File(Chromium.BINARY)).as("Chromium is installed").exists();
        original = "Layanan Rehabilitasi Bersama " + System.nanoTime() % 100_000;
        innovationId = asUser("kartini", () -> {
            InnovationForm form = new InnovationForm();
            form.setTitle(original);
            form.setOriginUnit(new UnitRef(10, "ST-KARTINI", "Sentra Terpadu Kartini"));
            form.setYearStarted(2023);
            form.setCategory("Rehabilitasi");
            return innovations.create(form).id();
        });
        first = browser();
        second = browser();
    }

    @AfterEach
    void closeAndRemove() {
        for (ChromeDriver driver : new ChromeDriver[] {first, second}) {
            if (driver != null) {
                driver.quit();
            }
        }
        jdbc.update("delete from innovation where id = ?", innovationId);
    }

    @Test
    void theSecondSaveIsRefusedWithAWayToSeeTheCurrentVersionAndTheFirstStands() {
        signIn(first, "kartini");
        signIn(second, "admin");
        open(first);
        open(second);

        String firstTitle = original + " (diperbarui)";
        type(first, "innovation-title-field", firstTitle);
        click(first, By.id("innovation-save"));
        waitFor(first).until(d -> firstTitle.equals(d.findElement(By.id("innovation-title"))
                .getDomProperty("textContent")));

        type(second, "innovation-category", "Kategori dari sesi kedua");
        click(second, By.id("innovation-save"));
        WebElement dialog = waitFor(second).until(d -> d.findElements(By.cssSelector("#stale-dialog[opened]"))
                .stream().findFirst().orElse(null));
        assertThat(dialogText(second, dialog)).as("a clear message")
                .contains("telah diubah oleh pengguna lain", "Muat ulang", "Pertahankan isian saya");

        Map<String, Object> stored = jdbc.queryForMap("select title, category from innovation where id = ?",
                innovationId);
        assertThat(stored.get("title")).as("the first save stands").isEqualTo(firstTitle);
        assertThat(stored.get("category")).as("the second is not written").isEqualTo("Rehabilitasi");

        // keep my input and compare: the stored title shows under the title field, my category stays
        click(second, By.cssSelector("#stale-dialog [slot='reject-button']"));
        waitFor(second).until(d -> String.valueOf(d.findElement(By.id("innovation-title-field"))
                .getDomProperty("helperText")).contains(firstTitle));
        assertThat(second.findElement(By.cssSelector("#innovation-category input")).getDomProperty("value"))
                .isEqualTo("Kategori dari sesi kedua");

        // taking the stored title over and saving again now works on the latest version: both edits are kept
        type(second, "innovation-title-field", firstTitle);
        click(second, By.id("innovation-save"));
        waitFor(second).until(d -> "Kategori dari sesi kedua".equals(jdbc.queryForObject(
                "select category from innovation where id = ?", String.class, innovationId)));
        assertThat(jdbc.queryForObject("select title from innovation where id = ?", String.class, innovationId))
                .isEqualTo(firstTitle);
        assertThat(second.findElements(By.cssSelector("#stale-dialog[opened]"))).isEmpty();
    }

    private ChromeDriver browser() throws IOException {
        return Chromium.start();
    }

    private void open(ChromeDriver driver) {
        driver.get(url("innovations/" + innovationId));
        waitFor(driver).until(d -> original.equals(d.findElement(By.cssSelector("#innovation-title-field input"))
                .getDomProperty("value")));
    }

    private static String dialogText(ChromeDriver driver, WebElement dialog) {
        return String.join(" ", String.valueOf(dialog.getDomProperty("header")),
                String.valueOf(dialog.getDomProperty("message")), String.valueOf(dialog.getDomProperty("textContent")),
                String.valueOf(dialog.getDomProperty("confirmText")), String.valueOf(dialog.getDomProperty("rejectText")));
    }

    /** Types into a Vaadin field (by the field's id) as a user would: click it, select all, type, leave it. */
    private static void type(ChromeDriver driver, String fieldId, String text) {
        waitFor(driver).until(d -> d.findElements(By.cssSelector("vaadin-confirm-dialog[opened]")).isEmpty());
        WebElement field = waitFor(driver).until(d -> d.findElements(By.id(fieldId)).stream().findFirst()
                .orElse(null));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", field);
        field.findElement(By.cssSelector("input")).click();
        driver.switchTo().activeElement().sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
    }

    private static void click(ChromeDriver driver, By by) {
        WebElement element = waitFor(driver).until(d -> d.findElements(by).stream().findFirst().orElse(null));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private static WebDriverWait waitFor(ChromeDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    private void signIn(ChromeDriver driver, String username) {
        driver.get(url("login"));
        waitFor(driver).until(d -> !d.findElements(By.cssSelector("vaadin-text-field[name='username'] input"))
                .isEmpty());
        driver.findElement(By.cssSelector("vaadin-text-field[name='username'] input")).sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-password-field[name='password'] input"))
                .sendKeys("replika-demo", Keys.ENTER);
        waitFor(driver).until(d -> !d.getCurrentUrl().contains("login"));
    }

    private long asUser(String username, java.util.function.LongSupplier action) {
        UserDetails user = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.getAsLong();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
