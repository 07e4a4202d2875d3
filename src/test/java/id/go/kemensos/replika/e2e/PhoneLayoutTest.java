package id.go.kemensos.replika.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.kemensos.replika.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every view and dialog of every demo role at 360×740, a common Android phone, in Chromium's device emulation (a
 * mobile viewport, so phone CSS applies as on a real phone): the page never scrolls sideways, nor does an open
 * dialog's content, and the navigation waits in a closed drawer behind a visible toggle. A screenshot of each stop
 * is written to target/screenshots/phone/&lt;role&gt;/&lt;stop&gt;.png.
 */
@IntegrationTest
class PhoneLayoutTest {

    private static final int PHONE_WIDTH = 360;
    private static final int PHONE_HEIGHT = 740;
    private static final Path SCREENSHOTS = Path.of("target", "screenshots", "phone");

    /** The widths that can overflow: the page, AppLayout's scrolling content, and an open overlay's box. */
    private static final String MEASURE = """
            const r = {innerWidth: window.innerWidth, page: document.scrollingElement.scrollWidth};
            const layout = document.querySelector('vaadin-app-layout');
            if (layout) {
                const content = layout.shadowRoot.querySelector('[part~="content"]');
                r.content = content.scrollWidth;
                r.contentVisible = content.clientWidth;
                r.drawerOverlay = layout.hasAttribute('overlay');
                r.drawerOpened = layout.hasAttribute('drawer-opened');
                const toggle = document.querySelector('vaadin-drawer-toggle');
                r.toggleVisible = !!toggle && toggle.checkVisibility() && toggle.getBoundingClientRect().width > 0;
            }
            const host = document.querySelector(
                'vaadin-dialog[opened], vaadin-confirm-dialog[opened], vaadin-popover[opened]');
            const overlay = host && host.shadowRoot && host.shadowRoot.querySelector('#overlay');
            if (overlay && overlay.shadowRoot) {
                const box = overlay.shadowRoot.querySelector('[part~="overlay"]').getBoundingClientRect();
                const content = overlay.shadowRoot.querySelector('[part~="content"]');
                r.dialog = host.tagName.toLowerCase();
                r.dialogLeft = Math.floor(box.left);
                r.dialogRight = Math.ceil(box.right);
                r.dialogContent = content.scrollWidth;
                r.dialogContentVisible = content.clientWidth;
            }
            return r;""";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private ChromeDriver driver;
    private WebDriverWait wait;

    @RegisterExtension
    final BrowserPerTest browser = new BrowserPerTest();

    @BeforeEach
    void useTheBrowser() {
        driver = browser.driver();
        wait = browser.waitFor();
        phone();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ViewTour.Account.class)
    void everyViewAndDialogFitsAPhone(ViewTour.Account account) throws Exception {
        ViewTour tour = new ViewTour(driver, port);
        SoftAssertions softly = new SoftAssertions();
        List<Path> written = new ArrayList<>();
        if (account == ViewTour.Account.ADMIN) {
            tour.visit(ViewTour.loginStop());
            check(softly, "signed-out", ViewTour.loginStop(), settledMeasure());
            written.add(screenshot("signed-out", "login"));
        }
        tour.signIn(account.username());
        String role = account.name().toLowerCase();
        for (ViewTour.Stop stop : ViewTour.stops(account, jdbc)) {
            tour.visit(stop);
            check(softly, role, stop, settledMeasure());
            written.add(screenshot(role, stop.name()));
        }
        System.out.println("Phone screenshots (" + PHONE_WIDTH + "x" + PHONE_HEIGHT + ") for " + role + ":");
        written.forEach(path -> System.out.println("  " + path));
        softly.assertAll();
    }

    @Test
    void theReplicationGridShowsItsKeyColumnsOnAPhoneAndEveryColumnOnADesktop() {
        ViewTour tour = new ViewTour(driver, port);
        tour.signIn("direktur");
        tour.visit(new ViewTour.Stop("replications", "replications", null));
        List<String> key = List.of("Inovasi", "Unit pereplikasi", "Status");
        wait.until(d -> visibleHeaders().equals(key));

        desktop();
        wait.until(d -> visibleHeaders().size() > key.size());
        assertThat(visibleHeaders()).as("every sortable column at desktop width")
                .containsExactly("Inovasi", "Unit asal", "Unit pereplikasi", "Provinsi", "Status", "Kemajuan",
                        "Laporan terakhir", "Hari di status ini", "Diperbarui");

        phone();
        wait.until(d -> visibleHeaders().equals(key));
    }

    @Test
    void theDrawerOpensFromTheToggleAndClosesAfterNavigating() {
        ViewTour tour = new ViewTour(driver, port);
        tour.signIn("kartini");
        tour.visit(new ViewTour.Stop("home", "", null));
        assertThat(settledMeasure()).containsEntry("drawerOverlay", true).containsEntry("drawerOpened", false);

        driver.findElement(By.tagName("vaadin-drawer-toggle")).click();
        wait.until(d -> Boolean.TRUE.equals(measure().get("drawerOpened")));
        WebElement workshops = driver.findElement(By.cssSelector("vaadin-side-nav-item[path='workshops']"));
        wait.until(d -> workshops.isDisplayed());
        workshops.click();
        wait.until(d -> d.getCurrentUrl().endsWith("/workshops"));
        tour.awaitIdle();
        wait.until(d -> Boolean.FALSE.equals(measure().get("drawerOpened")));
    }

    private void check(SoftAssertions softly, String role, ViewTour.Stop stop, Map<String, Object> m) {
        String where = role + " /" + stop.path() + (stop.opener() == null ? "" : " #" + stop.opener()) + " ("
                + stop.name() + "): " + m;
        long width = number(m, "innerWidth");
        softly.assertThat(width).as("the emulated phone width, " + where).isEqualTo(PHONE_WIDTH);
        softly.assertThat(number(m, "page")).as("page width, " + where).isLessThanOrEqualTo(width + 1);
        if (m.containsKey("content")) {
            softly.assertThat(number(m, "content")).as("view width, " + where)
                    .isLessThanOrEqualTo(number(m, "contentVisible") + 1);
            softly.assertThat(m.get("drawerOverlay")).as("drawer is an overlay, " + where).isEqualTo(true);
            softly.assertThat(m.get("drawerOpened")).as("drawer is closed, " + where).isEqualTo(false);
            softly.assertThat(m.get("toggleVisible")).as("drawer toggle is visible, " + where).isEqualTo(true);
        }
        if (stop.opener() != null && !stop.opener().equals("replication-filter-more")) {
            softly.assertThat(m).as("an open dialog, " + where).containsKey("dialog");
        }
        if (m.containsKey("dialog")) {
            softly.assertThat(number(m, "dialogLeft")).as("dialog's left edge, " + where).isGreaterThanOrEqualTo(0);
            softly.assertThat(number(m, "dialogRight")).as("dialog's right edge, " + where)
                    .isLessThanOrEqualTo(width + 1);
            softly.assertThat(number(m, "dialogContent")).as("dialog content width, " + where)
                    .isLessThanOrEqualTo(number(m, "dialogContentVisible") + 1);
        }
    }

    /** The measures once two readings a poll apart agree, so that layout and overlay animations have ended. */
    private Map<String, Object> settledMeasure() {
        List<Map<String, Object>> last = new ArrayList<>(List.of(Map.of()));
        wait.until(d -> {
            Map<String, Object> now = measure();
            boolean same = now.equals(last.getFirst());
            last.set(0, now);
            return same;
        });
        return last.getFirst();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> measure() {
        return (Map<String, Object>) driver.executeScript(MEASURE);
    }

    @SuppressWarnings("unchecked")
    private List<String> visibleHeaders() {
        return (List<String>) driver.executeScript("""
                return [...document.querySelectorAll('#replication-grid vaadin-grid-sorter')]
                    .filter(s => s.checkVisibility() && s.getBoundingClientRect().width > 0)
                    .sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left)
                    .map(s => s.textContent.trim());""");
    }

    private Path screenshot(String role, String stop) throws Exception {
        Path file = SCREENSHOTS.resolve(role).resolve(stop + ".png");
        Files.createDirectories(file.getParent());
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    private void phone() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", PHONE_WIDTH, "height",
                PHONE_HEIGHT, "deviceScaleFactor", 2, "mobile", true));
    }

    private void desktop() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 1400, "height", 900,
                "deviceScaleFactor", 1, "mobile", false));
    }

    private static long number(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).longValue();
    }
}
