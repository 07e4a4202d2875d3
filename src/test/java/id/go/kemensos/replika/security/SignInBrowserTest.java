package id.go.kemensos.replika.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.kemensos.replika.IntegrationTest;
import id.go.kemensos.replika.e2e.Chromium;
import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Accounts and sign-in in Debian's headless Chromium, under the portal's Content-Security-Policy: every page
 * records the policy violations the browser reports, and there must be none.
 */
@IntegrationTest
class SignInBrowserTest {

    private static final String RECORD_VIOLATIONS = "window.__cspViolations = [];"
            + "document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push("
            + "e.violatedDirective + ' ' + e.blockedURI));";

    @LocalServerPort
    int port;

    @Autowired
    LoginAttempts attempts;

    private ChromeDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws Exception {
        assertThat(new File(Chromium.BINARY)).as("Chromium is installed (apt-get install chromium chromium-driver)")
                .exists();
        driver = Chromium.start();
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_VIOLATIONS));
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
        attempts.clear();
    }

    @Test
    void anAdministratorCreatesAnAccountWhoseOwnerMustChooseTheirOwnPassword() {
        signIn("admin", "replika-demo");
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-side-nav-item[path='users']")).isEmpty());
        driver.findElement(By.cssSelector("vaadin-side-nav-item[path='users']")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/users"));
        wait.until(d -> d.findElement(By.id("user-grid")).getDomProperty("textContent").contains("kartini"));
        assertNoPolicyViolations();

        String username = "uji-peramban-" + UUID.randomUUID().toString().substring(0, 6);
        click(By.id("user-new"));
        type(By.cssSelector("#user-username input"), username);
        type(By.cssSelector("#user-fullname input"), "Pengguna Uji Peramban");
        click(By.id("user-role"));
        // the role filter of the grid has its own (hidden) "Direktur" item: pick the one on screen
        wait.until(d -> d.findElements(By.tagName("vaadin-select-item")).stream()
                .anyMatch(item -> item.getText().equals("Direktur") && item.isDisplayed()));
        driver.findElements(By.tagName("vaadin-select-item")).stream()
                .filter(item -> item.getText().equals("Direktur") && item.isDisplayed()).findFirst().orElseThrow()
                .click();
        click(By.id("user-save"));
        wait.until(d -> !d.findElements(By.cssSelector("#temporary-password input")).isEmpty());
        String temporary = driver.findElement(By.cssSelector("#temporary-password input")).getDomProperty("value");
        assertThat(temporary).hasSize(16);
        click(By.id("temporary-password-done"));
        wait.until(d -> d.findElement(By.id("user-grid")).getDomProperty("textContent").contains(username));
        assertNoPolicyViolations();

        driver.manage().deleteAllCookies();
        signIn(username, temporary);
        wait.until(d -> d.getCurrentUrl().endsWith("/change-password"));
        driver.get(url("units"));
        wait.until(d -> !d.findElements(By.id("password-forced")).isEmpty());
        assertThat(driver.getCurrentUrl()).endsWith("/change-password");
        type(By.cssSelector("#password-current input"), temporary);
        type(By.cssSelector("#password-new input"), "pelangi-senja-di-merapi");
        type(By.cssSelector("#password-repeat input"), "pelangi-senja-di-merapi");
        click(By.id("password-save"));
        wait.until(d -> !d.getCurrentUrl().contains("change-password"));
        driver.get(url("units"));
        wait.until(d -> !d.findElements(By.id("unit-grid")).isEmpty());
        assertNoPolicyViolations();

        driver.manage().deleteAllCookies();
        signIn(username, "pelangi-senja-di-merapi");
        wait.until(d -> !d.findElements(By.id("current-user-name")).isEmpty());
        assertThat(driver.getCurrentUrl()).doesNotContain("change-password");
    }

    @Test
    void thePolicyIsEnforcedAndItsViolationsAreSeen() {
        driver.get(url("login"));
        wait.until(d -> !d.findElements(By.tagName("vaadin-login-form")).isEmpty());
        ((JavascriptExecutor) driver).executeScript("const o = document.createElement('object');"
                + "o.data = '/styles/replika.css'; document.body.appendChild(o);");
        wait.until(d -> String.valueOf(((JavascriptExecutor) d).executeScript("return window.__cspViolations"))
                .contains("object-src"));
    }

    @Test
    void tooManyFailuresAreExplainedTheSameWayForAnyAccountName() {
        driver.get(url("login"));
        for (int i = 1; i <= 5; i++) {
            typeCredentials("no-such-account", "wrong-password-" + i);
            int attempt = i;
            wait.until(d -> d.getCurrentUrl().contains("error") && loginFormSays(attempt == 5
                    ? "Terlalu banyak percobaan masuk" : "Gagal masuk"));
        }
        assertNoPolicyViolations();
    }

    private boolean loginFormSays(String text) {
        Object shown = ((JavascriptExecutor) driver).executeScript(
                "const f = document.querySelector('vaadin-login-form');"
                        + "return f && f.error ? f.shadowRoot ? f.innerText + ' ' + JSON.stringify(f.i18n) : '' : ''");
        return String.valueOf(shown).contains(text);
    }

    @SuppressWarnings("unchecked")
    private void assertNoPolicyViolations() {
        List<String> violations = (List<String>) ((JavascriptExecutor) driver)
                .executeScript("return window.__cspViolations || []");
        assertThat(violations).as("Content-Security-Policy violations on " + driver.getCurrentUrl()).isEmpty();
    }

    private void signIn(String username, String password) {
        driver.get(url("login"));
        typeCredentials(username, password);
        wait.until(d -> !d.getCurrentUrl().contains("login"));
    }

    private void typeCredentials(String username, String password) {
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-text-field[name='username'] input")).isEmpty());
        WebElement name = driver.findElement(By.cssSelector("vaadin-text-field[name='username'] input"));
        name.sendKeys(Keys.chord(Keys.CONTROL, "a"), username);
        driver.findElement(By.cssSelector("vaadin-password-field[name='password'] input"))
                .sendKeys(Keys.chord(Keys.CONTROL, "a"), password, Keys.ENTER);
    }

    private void type(By locator, String text) {
        wait.until(d -> !d.findElements(locator).isEmpty());
        driver.findElement(locator).sendKeys(text);
    }

    private void click(By locator) {
        wait.until(d -> !d.findElements(locator).isEmpty());
        WebElement element = driver.findElement(locator);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        wait.until(d -> element.isDisplayed() && element.isEnabled());
        element.click();
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
