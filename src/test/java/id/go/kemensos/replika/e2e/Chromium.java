package id.go.kemensos.replika.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium through the system chromedriver, each start with a fresh profile. */
public final class Chromium {

    public static final String BINARY = "/usr/bin/chromium";
    public static final String DRIVER = "/usr/bin/chromedriver";

    private Chromium() {
    }

    /** The common options in Indonesian; a test adds its own extras before {@link #start}. */
    public static ChromeOptions options() throws IOException {
        return options("id-ID");
    }

    public static ChromeOptions options(String language) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,900", "--lang=" + language,
                "--user-data-dir=" + Files.createTempDirectory("replika-chromium").toAbsolutePath());
        return options;
    }

    public static ChromeDriver start() throws IOException {
        return start(options());
    }

    public static ChromeDriver start(ChromeOptions options) {
        return new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build(), options);
    }
}
