package id.go.kemensos.replika.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.kemensos.replika.IntegrationTest;
import id.go.kemensos.replika.e2e.Chromium;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole download in Debian's headless Chromium: the click builds the report on the server, the hidden link
 * then fetches it, and a real PDF lands in the download folder.
 */
@IntegrationTest
class ReportDownloadBrowserTest {

    @LocalServerPort
    int port;

    private ChromeDriver driver;
    private WebDriverWait wait;
    private Path downloads;

    @BeforeEach
    void startBrowser() throws IOException {
        assertThat(new File(Chromium.BINARY)).as("Chromium is installed").exists();
        downloads = Files.createTempDirectory("replika-downloads");
        ChromeOptions options = Chromium.options("en-US");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        driver = Chromium.start(options);
        driver.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void anOperatorDownloadsTheirUnitsSummary() throws Exception {
        driver.get(url("login"));
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-text-field[name='username'] input")).isEmpty());
        driver.findElement(By.cssSelector("vaadin-text-field[name='username'] input")).sendKeys("kartini");
        driver.findElement(By.cssSelector("vaadin-password-field[name='password'] input"))
                .sendKeys("replika-demo", Keys.ENTER);
        wait.until(d -> !d.getCurrentUrl().contains("login"));

        driver.get(url("units/10"));
        wait.until(d -> !d.findElements(By.id("report-unit")).isEmpty());
        WebElement button = driver.findElement(By.id("report-unit"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();

        wait.until(d -> pdfs().size() == 1);
        Path file = pdfs().getFirst();
        assertThat(file.getFileName().toString()).matches("ringkasan-unit-st-kartini-\\d{4}\\.pdf");
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Sentra Terpadu Kartini");
        }
        assertThat(driver.findElements(By.cssSelector("vaadin-notification-card[theme~='error']")))
                .as("no error shown").isEmpty();
    }

    /** Finished PDFs in the download folder (Chromium writes to a .crdownload file first). */
    private List<Path> pdfs() {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.filter(file -> file.toString().endsWith(".pdf")).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
