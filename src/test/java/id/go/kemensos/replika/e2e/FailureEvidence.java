package id.go.kemensos.replika.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * On a failed test, before the browser quits, keeps a screenshot and the page source in target/e2e-failures, named
 * after the test method. Register it with {@code @RegisterExtension} and the test's current driver.
 */
final class FailureEvidence implements AfterTestExecutionCallback {

    private final Supplier<WebDriver> driver;

    FailureEvidence(Supplier<WebDriver> driver) {
        this.driver = driver;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) throws Exception {
        WebDriver browser = driver.get();
        if (browser == null || context.getExecutionException().isEmpty()) {
            return;
        }
        Path folder = Files.createDirectories(Path.of("target", "e2e-failures"));
        String name = context.getRequiredTestMethod().getName();
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
                folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(folder.resolve(name + ".html"), browser.getPageSource());
    }
}
