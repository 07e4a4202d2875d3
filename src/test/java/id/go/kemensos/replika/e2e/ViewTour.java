package id.go.kemensos.replika.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every view and dialog each demo role can open, with real record ids looked up in the demo data: the route list
 * that the accessibility audit and the phone-size screenshots walk through.
 */
public final class ViewTour {

    /** One demo account per role (README, "Demo accounts"). */
    public enum Account {
        ADMIN("admin"), PANRB("panrb"), DIRECTOR("direktur"), OPERATOR("kartini"), PARTNER("mitra1");

        private final String username;

        Account(String username) {
            this.username = username;
        }

        public String username() {
            return username;
        }
    }

    /** One place to look at: a route, and optionally the id of a button there that opens a dialog or form. */
    public record Stop(String name, String path, String opener) {

        static Stop view(String name, String path) {
            return new Stop(name, path, null);
        }

        static Stop dialog(String name, String path, String opener) {
            return new Stop(name, path, opener);
        }
    }

    private static final String PASSWORD = "replika-demo";

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final int port;
    /** The stop whose page the browser shows as it was left, if any. */
    private Stop shown;

    public ViewTour(WebDriver driver, int port) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        this.port = port;
    }

    public static Stop loginStop() {
        return Stop.view("login", "login");
    }

    /** Every stop of the account's tour, in a fixed order, with ids from the current data. */
    public static List<Stop> stops(Account account, JdbcClient jdbc) {
        List<Stop> stops = new ArrayList<>();
        switch (account) {
            case ADMIN -> {
                long replication = implementing(jdbc);
                long innovation = firstId(jdbc, "SELECT MIN(id) FROM innovation");
                long unit = unitOf(jdbc, "kartini");
                long workshop = workshopOfUnit(jdbc, unit);
                long partner = firstId(jdbc, "SELECT MIN(id) FROM partner WHERE active");
                stops.add(Stop.view("home", ""));
                stops.add(Stop.dialog("home-notifications", "", "notification-bell"));
                stops.add(Stop.view("replications", "replications"));
                stops.add(Stop.dialog("replications-more-filters", "replications", "replication-filter-more"));
                stops.add(Stop.view("replication", "replications/" + replication));
                stops.add(Stop.view("innovations", "innovations"));
                stops.add(Stop.view("innovation-new", "innovations/new"));
                stops.add(Stop.view("innovation", "innovations/" + innovation));
                stops.add(Stop.dialog("innovation-award", "innovations/" + innovation, "award-add"));
                stops.add(Stop.view("units", "units"));
                stops.add(Stop.view("unit", "units/" + unit));
                stops.add(Stop.dialog("unit-deactivate", "units/" + unit, "unit-toggle-active"));
                stops.add(Stop.view("workshops", "workshops"));
                stops.add(Stop.view("workshop", "workshops/" + workshop));
                stops.add(Stop.dialog("workshop-testimonial", "workshops/" + workshop, "testimonial-add"));
                stops.add(Stop.view("partners", "partners"));
                stops.add(Stop.view("partner", "partners/" + partner));
                stops.add(Stop.dialog("partner-sponsorship", "partners/" + partner, "sponsorship-add"));
                stops.add(Stop.dialog("partner-user", "partners/" + partner, "partner-user-add"));
                stops.add(Stop.view("users", "users"));
                stops.add(Stop.dialog("user-new", "users", "user-new"));
                stops.add(Stop.view("audit", "audit"));
                stops.add(Stop.view("import", "import"));
                stops.add(Stop.view("change-password", "change-password"));
            }
            case PANRB -> {
                long replication = implementing(jdbc);
                long innovation = firstId(jdbc, "SELECT MIN(id) FROM innovation");
                long unit = unitOf(jdbc, "kartini");
                long workshop = workshopOfUnit(jdbc, unit);
                long partner = firstId(jdbc, "SELECT MIN(id) FROM partner WHERE active");
                stops.add(Stop.view("home", ""));
                stops.add(Stop.view("replications", "replications"));
                stops.add(Stop.view("replication", "replications/" + replication));
                stops.add(Stop.dialog("replication-evaluate", "replications/" + replication, "action-EVALUATE"));
                stops.add(Stop.view("innovations", "innovations"));
                stops.add(Stop.view("innovation", "innovations/" + innovation));
                stops.add(Stop.dialog("innovation-endorse", "innovations/" + innovation, "endorsement-toggle"));
                stops.add(Stop.view("units", "units"));
                stops.add(Stop.view("unit", "units/" + unit));
                stops.add(Stop.view("workshops", "workshops"));
                stops.add(Stop.view("workshop", "workshops/" + workshop));
                stops.add(Stop.view("partners", "partners"));
                stops.add(Stop.view("partner", "partners/" + partner));
            }
            case DIRECTOR -> {
                long replication = implementing(jdbc);
                long innovation = firstId(jdbc, "SELECT MIN(id) FROM innovation");
                long unit = unitOf(jdbc, "kartini");
                stops.add(Stop.view("home", ""));
                stops.add(Stop.view("replications", "replications"));
                stops.add(Stop.view("replication", "replications/" + replication));
                stops.add(Stop.dialog("replication-discontinue", "replications/" + replication,
                        "action-DISCONTINUE"));
                stops.add(Stop.view("innovations", "innovations"));
                stops.add(Stop.view("innovation", "innovations/" + innovation));
                stops.add(Stop.view("units", "units"));
                stops.add(Stop.view("unit", "units/" + unit));
                stops.add(Stop.view("workshops", "workshops"));
                stops.add(Stop.view("partners", "partners"));
                stops.add(Stop.view("audit", "audit"));
                stops.add(Stop.view("import", "import"));
            }
            case OPERATOR -> {
                long unit = unitOf(jdbc, "kartini");
                long replication = firstId(jdbc, "SELECT MIN(id) FROM replication WHERE status = 'IMPLEMENTING'"
                        + " AND adopting_unit_id = " + unit);
                long innovation = firstId(jdbc, "SELECT MIN(id) FROM innovation WHERE origin_unit_id = " + unit);
                long workshop = workshopOfUnit(jdbc, unit);
                stops.add(Stop.view("home", ""));
                stops.add(Stop.view("replications", "replications"));
                stops.add(Stop.view("replication", "replications/" + replication));
                stops.add(Stop.dialog("replication-report", "replications/" + replication, "report-add"));
                stops.add(Stop.view("innovations", "innovations"));
                stops.add(Stop.view("innovation", "innovations/" + innovation));
                stops.add(Stop.view("innovation-new", "innovations/new"));
                stops.add(Stop.view("units", "units"));
                stops.add(Stop.view("unit", "units/" + unit));
                stops.add(Stop.view("workshops", "workshops"));
                stops.add(Stop.view("workshop", "workshops/" + workshop));
                stops.add(Stop.dialog("workshop-monthly-report", "workshops/" + workshop, "workshop-report-add"));
            }
            case PARTNER -> {
                long workshop = firstId(jdbc, "SELECT MIN(s.workshop_id) FROM sponsorship s"
                        + " JOIN app_user u ON u.partner_id = s.partner_id WHERE u.username = 'mitra1'");
                stops.add(Stop.view("home", "mitra"));
                stops.add(Stop.view("workshops", "workshops"));
                stops.add(Stop.view("workshop", "workshops/" + workshop));
            }
            default -> throw new IllegalArgumentException(account.name());
        }
        return stops;
    }

    /** Signs in through the login form and waits until the home page is there. */
    public void signIn(String username) {
        shown = null;
        driver.get(url("login"));
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-text-field[name='username'] input")).isEmpty());
        driver.findElement(By.cssSelector("vaadin-text-field[name='username'] input")).sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-password-field[name='password'] input"))
                .sendKeys(PASSWORD, Keys.ENTER);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        awaitIdle();
    }

    public void signOut() {
        shown = null;
        driver.manage().deleteAllCookies();
    }

    /**
     * Opens the stop's route, waits until the view is rendered, then opens its dialog or form, if any. A dialog of
     * the view just visited opens on the page as it is, without loading it again.
     */
    public void visit(Stop stop) {
        boolean samePage = shown != null && shown.opener() == null && stop.opener() != null
                && shown.path().equals(stop.path()) && driver.getCurrentUrl().equals(url(stop.path()));
        shown = stop;
        if (samePage) {
            openDialog(stop);
            return;
        }
        driver.get(url(stop.path()));
        wait.until(d -> !d.findElements(By.cssSelector(stop.path().equals("login")
                ? "vaadin-login-form, vaadin-login-overlay, vaadin-text-field[name='username']"
                : "vaadin-app-layout")).isEmpty());
        awaitIdle();
        if (stop.opener() != null) {
            openDialog(stop);
        }
    }

    private void openDialog(Stop stop) {
        By opener = By.id(stop.opener());
        try {
            wait.until(d -> d.findElements(opener).stream().anyMatch(WebElement::isDisplayed));
        } catch (TimeoutException e) {
            throw new AssertionError("No visible #" + stop.opener() + " on /" + stop.path() + " for " + stop.name(), e);
        }
        WebElement button = driver.findElement(opener);
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
        awaitIdle();
        if (!stop.opener().equals("replication-filter-more")) {
            wait.until(d -> !d.findElements(By.cssSelector(
                    "vaadin-dialog-overlay[opened], vaadin-dialog[opened], vaadin-confirm-dialog[opened],"
                            + " vaadin-popover[opened], vaadin-popover-overlay[opened]")).isEmpty());
        }
        awaitIdle();
    }

    /** Waits until no Vaadin request is pending and the loading indicator is hidden. */
    public void awaitIdle() {
        wait.until(d -> Boolean.TRUE.equals(js().executeScript("""
                const flow = window.Vaadin && window.Vaadin.Flow;
                if (!flow || !flow.clients) { return document.readyState === 'complete'; }
                return document.readyState === 'complete'
                    && Object.values(flow.clients).every(c => !c.isActive || !c.isActive());""")));
    }

    /** The demo user's language at the next sign-in: "id" or "en". Callers restore "id" afterwards. */
    public static void setLanguage(JdbcClient jdbc, String username, String language) {
        jdbc.sql("UPDATE app_user SET language = ? WHERE username = ?").params(language, username).update();
    }

    public String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }

    private static long implementing(JdbcClient jdbc) {
        return firstId(jdbc, "SELECT MIN(id) FROM replication WHERE status = 'IMPLEMENTING'");
    }

    private static long unitOf(JdbcClient jdbc, String username) {
        return firstId(jdbc, "SELECT unit_id FROM app_user WHERE username = '" + username + "'");
    }

    private static long workshopOfUnit(JdbcClient jdbc, long unit) {
        return firstId(jdbc, "SELECT MIN(id) FROM workshop WHERE coaching_unit_id = " + unit);
    }

    private static long firstId(JdbcClient jdbc, String sql) {
        Long id = jdbc.sql(sql).query(Long.class).optional().orElse(null);
        if (id == null) {
            throw new IllegalStateException("The demo data has no row for: " + sql);
        }
        return id;
    }
}
