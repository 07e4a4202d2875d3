package id.go.kemensos.replika.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.kemensos.replika.IntegrationTest;
import id.go.kemensos.replika.audit.AuditEntries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: signing in and out with the shell's button is audited (the button runs Spring Security's
 * logout handlers), and an administrator finds both entries on the audit trail page.
 */
@IntegrationTest
class AuditJourneyTest {

    @LocalServerPort
    int port;

    @Autowired
    AuditEntries audit;

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
    void aSignOutWithTheButtonIsRecordedAndShownToTheAdministrator() {
        long before = audit.lastId();
        signIn("panrb");
        wait.until(d -> !d.findElements(By.id("logout")).isEmpty());
        driver.findElement(By.id("logout")).click();
        wait.until(d -> d.getCurrentUrl().contains("login"));
        wait.until(d -> audit.after(before).stream().anyMatch(row -> row.action().equals("LOGOUT")));
        assertThat(audit.after(before)).filteredOn(row -> row.username().equals("panrb"))
                .extracting(AuditEntries.Row::action).containsSubsequence("LOGIN", "LOGOUT");

        signIn("admin");
        driver.get(url("audit?user=panrb"));
        wait.until(d -> !d.findElements(By.id("audit-grid")).isEmpty());
        wait.until(d -> d.getPageSource().contains("Keluar"));
        assertThat(driver.getPageSource()).contains("Jejak Audit", "Masuk", "Keluar");
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
