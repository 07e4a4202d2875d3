package id.go.kemensos.replika.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A fresh headless Chromium for each test (register with {@code @RegisterExtension}; it starts before the test's
 * own {@code @BeforeEach}). On a failed test, before the browser quits, keeps a screenshot and the page source in
 * target/e2e-failures, named after the test method.
 */
final class BrowserPerTest implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

    private ChromeDriver driver;

    ChromeDriver driver() {
        return driver;
    }

    /** Waits of 30 s: generous, for a loaded machine. */
    WebDriverWait waitFor() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        assertThat(new File(Chromium.BINARY)).as("Chromium is installed (apt-get install chromium chromium-driver)")
                .exists();
        driver = Chromium.start();
    }

    @Override
    public void afterTestExecution(ExtensionContext context) throws Exception {
        if (driver == null || context.getExecutionException().isEmpty()) {
            return;
        }
        Path folder = Files.createDirectories(Path.of("target", "e2e-failures"));
        String name = context.getRequiredTestMethod().getName();
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), folder.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(folder.resolve(name + ".html"), driver.getPageSource());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }
}
