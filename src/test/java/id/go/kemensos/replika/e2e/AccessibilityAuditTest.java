package id.go.kemensos.replika.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import id.go.kemensos.replika.IntegrationTest;
import id.go.kemensos.replika.e2e.ViewTour.Account;
import id.go.kemensos.replika.e2e.ViewTour.Stop;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * axe-core's WCAG 2.1 A/AA rules over every stop of the view tour (login signed out, then each demo role's views
 * and dialogs), in Indonesian and in English, in real Chromium. Serious and critical violations fail the test,
 * all of them listed at once; every count goes to {@code target/a11y/report.md}. One browser per account and
 * language. Each page's {@code <html lang>} must be the user's language.
 */
@IntegrationTest
class AccessibilityAuditTest {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> FAILING = Set.of("serious", "critical");
    private static final List<String> LANGUAGES = List.of("id", "en");
    private static final Path FOLDER = Path.of("target", "a11y");

    /**
     * Violations inside Vaadin's own components that our code cannot fix: exactly one rule on targets containing
     * one selector, each with its reason. Keep it short.
     */
    private static final List<Allowed> ALLOWED = List.of();

    record Allowed(String rule, String target, String reason) {

        boolean covers(Finding finding) {
            return finding.rule().equals(rule) && finding.target().contains(target);
        }
    }

    /** One failing node (or a stop that could not be audited: rule "tour"). */
    record Finding(String language, String account, String stop, String rule, String impact, String target,
            String help) {

        @Override
        public String toString() {
            return "%s · %s · %s: %s (%s) at %s — %s".formatted(language, account, stop, rule, impact, target, help);
        }
    }

    /** The counts of one stop, by impact (nodes, not rules). */
    record Row(String language, String account, String stop, int critical, int serious, int moderate, int minor,
            int allowed) {
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final List<Finding> findings = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();

    @Test
    void everyViewOfEveryRoleInBothLanguagesHasNoSeriousOrCriticalViolation() throws Exception {
        assertThat(new File(Chromium.BINARY)).as("Chromium is installed").exists();
        Files.createDirectories(FOLDER);
        long started = System.nanoTime();
        for (String language : LANGUAGES) {
            auditSignedOut(language);
            for (Account account : Account.values()) {
                auditAccount(account, language);
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        writeReport(took);
        System.out.printf("Accessibility audit: %d stops in %d s; %d serious or critical findings; report in %s%n",
                rows.size(), took.toSeconds(), findings.size(), FOLDER.resolve("report.md").toAbsolutePath());
        assertThat(findings).as("serious or critical accessibility violations (see target/a11y/report.md)")
                .isEmpty();
    }

    private void auditSignedOut(String language) {
        WebDriver driver = startBrowser();
        try {
            ViewTour tour = new ViewTour(driver, port);
            Stop login = ViewTour.loginStop();
            tour.visit(login);
            if (!language.equals("id")) {
                driver.findElement(By.id("login-language-" + language)).click();
                new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> language.equals(pageLanguage(d)));
                tour.awaitIdle();
            }
            audit(driver, language, "signed out", login);
        } catch (RuntimeException e) {
            findings.add(new Finding(language, "signed out", "login", "tour", "critical", "-", e.toString()));
        } finally {
            driver.quit();
        }
    }

    private void auditAccount(Account account, String language) {
        WebDriver driver = startBrowser();
        ViewTour.setLanguage(jdbc, account.username(), language);
        try {
            ViewTour tour = new ViewTour(driver, port);
            tour.signIn(account.username());
            for (Stop stop : ViewTour.stops(account, jdbc)) {
                try {
                    tour.visit(stop);
                    audit(driver, language, account.username(), stop);
                } catch (RuntimeException e) {
                    findings.add(new Finding(language, account.username(), stop.name(), "tour", "critical", "-",
                            "could not visit or audit: " + e.toString().lines().findFirst().orElse("")));
                }
            }
        } catch (RuntimeException e) {
            findings.add(new Finding(language, account.username(), "sign-in", "tour", "critical", "-", e.toString()));
        } finally {
            ViewTour.setLanguage(jdbc, account.username(), "id");
            driver.quit();
        }
    }

    private void audit(WebDriver driver, String language, String account, Stop stop) {
        String lang = pageLanguage(driver);
        List<Finding> failing = new ArrayList<>();
        if (!language.equals(lang)) {
            failing.add(new Finding(language, account, stop.name(), "html-lang-follows-user", "serious", "html",
                    "<html lang> is '" + lang + "'"));
        }
        Results results = new AxeBuilder().withOptions(options()).analyze(driver);
        if (results.isErrored()) {
            failing.add(new Finding(language, account, stop.name(), "axe", "critical", "-",
                    results.getErrorMessage()));
        }
        int[] counts = new int[4];
        int allowed = 0;
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                String impact = node.getImpact() == null ? rule.getImpact() : node.getImpact();
                counts[impactIndex(impact)]++;
                if (!FAILING.contains(impact)) {
                    continue;
                }
                Finding finding = new Finding(language, account, stop.name(), rule.getId(), impact,
                        target(node.getTarget()), rule.getHelp());
                if (ALLOWED.stream().anyMatch(a -> a.covers(finding))) {
                    allowed++;
                } else {
                    failing.add(finding);
                }
            }
        }
        rows.add(new Row(language, account, stop.name(), counts[0], counts[1], counts[2], counts[3], allowed));
        findings.addAll(failing);
        if (!failing.isEmpty()) {
            keepScreenshot(driver, language + "-" + account + "-" + stop.name());
        }
    }

    private static AxeRunOptions options() {
        AxeRunOnlyOptions only = new AxeRunOnlyOptions();
        only.setType("tag");
        only.setValues(TAGS);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(only);
        options.setResultTypes(List.of("violations"));
        return options;
    }

    private static int impactIndex(String impact) {
        return switch (impact == null ? "" : impact) {
            case "critical" -> 0;
            case "serious" -> 1;
            case "moderate" -> 2;
            default -> 3;
        };
    }

    /** axe's target: a selector, or for shadow DOM a list from the host down, written host >>> inner. */
    static String target(Object target) {
        if (target instanceof Collection<?> parts) {
            return parts.stream().map(AccessibilityAuditTest::target).collect(Collectors.joining(" >>> "));
        }
        return String.valueOf(target);
    }

    static String pageLanguage(WebDriver driver) {
        return String.valueOf(((JavascriptExecutor) driver).executeScript("return document.documentElement.lang"));
    }

    private static WebDriver startBrowser() {
        try {
            return Chromium.start();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void keepScreenshot(WebDriver driver, String name) {
        try {
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(),
                    FOLDER.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (Exception e) {
            System.out.println("No screenshot of " + name + ": " + e);
        }
    }

    private void writeReport(Duration took) throws java.io.IOException {
        StringBuilder md = new StringBuilder("# Accessibility audit (axe-core, WCAG 2.1 A/AA)\n\n");
        md.append("%d stops in %d s. Counts are failing nodes per impact; serious and critical fail the test unless "
                .formatted(rows.size(), took.toSeconds()))
                .append("allowed (see ALLOWED in AccessibilityAuditTest).\n\n")
                .append("| language | account | stop | critical | serious | moderate | minor | allowed |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            md.append("| %s | %s | %s | %d | %d | %d | %d | %d |\n".formatted(row.language(), row.account(),
                    row.stop(), row.critical(), row.serious(), row.moderate(), row.minor(), row.allowed()));
        }
        md.append("\n## Serious and critical findings\n\n");
        if (findings.isEmpty()) {
            md.append("None.\n");
        }
        findings.forEach(finding -> md.append("- ").append(finding).append('\n'));
        Files.writeString(FOLDER.resolve("report.md"), md.toString());
    }
}
