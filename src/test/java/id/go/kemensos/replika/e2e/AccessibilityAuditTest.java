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
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * axe-core's WCAG 2.1 A/AA rules over every stop of the view tour (login signed out, then each demo role's views
 * and dialogs), in Indonesian and in English, in real Chromium. Serious and critical violations fail the test,
 * all of them listed at once; every count goes to {@code target/a11y/report.md}. One browser per account and
 * language, two at a time. Each page's {@code <html lang>} must be the user's language.
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
    private static final List<Allowed> ALLOWED = List.of(
            new Allowed("aria-allowed-attr", "vaadin-select-value-button", "aria-required=\"true\"",
                    "vaadin-select marks its value button (role button) aria-required when the field is required;"
                            + " only Vaadin can move it (vaadin/web-components#7337). The field's label still"
                            + " says it is required."));

    /** A rule on nodes whose target selector holds {@code element} and whose markup holds {@code markup}. */
    record Allowed(String rule, String element, String markup, String reason) {

        boolean covers(Finding finding) {
            return finding.rule().equals(rule) && finding.target().contains(element)
                    && finding.html().contains(markup);
        }
    }

    /** One failing node (or a stop that could not be audited: rule "tour"). */
    record Finding(String language, String account, String stop, String rule, String impact, String target,
            String help, String html) {

        Finding(String language, String account, String stop, String problem) {
            this(language, account, stop, "tour", "critical", "-", problem, "");
        }

        @Override
        public String toString() {
            return "%s · %s · %s: %s (%s) at `%s` — %s".formatted(language, account, stop, rule, impact, target,
                    help);
        }
    }

    /** The counts of one stop, by impact (nodes, not rules), and how long opening it and auditing it took. */
    record Row(String language, String account, String stop, int critical, int serious, int moderate, int minor,
            int allowed, long visitMillis, long axeMillis) {
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final List<Finding> findings = Collections.synchronizedList(new ArrayList<>());
    private final List<Row> rows = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Integer> rules = new ConcurrentSkipListMap<>();

    /**
     * Two browsers at a time, one account each (an account's languages one after the other, since its language
     * is a database row); the signed-out login page is a task of its own.
     */
    @Test
    void everyViewOfEveryRoleInBothLanguagesHasNoSeriousOrCriticalViolation() throws Exception {
        assertThat(new File(Chromium.BINARY)).as("Chromium is installed").exists();
        Files.createDirectories(FOLDER);
        try (var old = Files.list(FOLDER)) {
            for (Path file : old.filter(file -> file.toString().endsWith(".png")).toList()) {
                Files.delete(file);
            }
        }
        long started = System.nanoTime();
        List<Callable<Void>> tasks = new ArrayList<>();
        for (Account account : Account.values()) {
            tasks.add(() -> {
                LANGUAGES.forEach(language -> auditAccount(account, language));
                return null;
            });
        }
        tasks.add(() -> {
            LANGUAGES.forEach(this::auditSignedOut);
            return null;
        });
        ExecutorService browsers = Executors.newFixedThreadPool(2);
        try {
            for (Future<Void> done : browsers.invokeAll(tasks)) {
                done.get();
            }
        } finally {
            browsers.shutdownNow();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        writeReport(took);
        System.out.printf("Accessibility audit: %d stops in %d s (opening %d s, axe %d s, summed over both"
                + " browsers); %d serious or critical findings; report in %s%n", rows.size(), took.toSeconds(),
                rows.stream().mapToLong(Row::visitMillis).sum() / 1000,
                rows.stream().mapToLong(Row::axeMillis).sum() / 1000, findings.size(),
                FOLDER.resolve("report.md").toAbsolutePath());
        assertThat(findings).as("serious or critical accessibility violations (see target/a11y/report.md)")
                .isEmpty();
    }

    private void auditSignedOut(String language) {
        WebDriver driver = startBrowser();
        try {
            ViewTour tour = new ViewTour(driver, port);
            Stop login = ViewTour.loginStop();
            long opening = System.nanoTime();
            tour.visit(login);
            if (!language.equals("id")) {
                driver.findElement(By.id("login-language-" + language)).click();
                new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> language.equals(pageLanguage(d)));
                tour.awaitIdle();
            }
            audit(driver, language, "signed out", login, opening);
        } catch (RuntimeException e) {
            findings.add(new Finding(language, "signed out", "login", firstLine(e)));
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
                    long opening = System.nanoTime();
                    tour.visit(stop);
                    audit(driver, language, account.username(), stop, opening);
                } catch (RuntimeException | AssertionError e) {
                    findings.add(new Finding(language, account.username(), stop.name(),
                            "could not open or audit it: " + firstLine(e)));
                }
            }
        } catch (RuntimeException e) {
            findings.add(new Finding(language, account.username(), "sign-in", firstLine(e)));
        } finally {
            ViewTour.setLanguage(jdbc, account.username(), "id");
            driver.quit();
        }
    }

    private void audit(WebDriver driver, String language, String account, Stop stop, long opening) {
        settle(driver);
        long auditing = System.nanoTime();
        String lang = pageLanguage(driver);
        List<Finding> failing = new ArrayList<>();
        if (!language.equals(lang)) {
            failing.add(new Finding(language, account, stop.name(), "<html lang> is '" + lang + "'"));
        }
        Results results = new AxeBuilder().withOptions(options()).disableIframeTesting().analyze(driver);
        if (results.isErrored()) {
            failing.add(new Finding(language, account, stop.name(), "axe failed: " + results.getErrorMessage()));
        }
        int[] counts = new int[4];
        int allowed = 0;
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                String impact = node.getImpact() == null ? rule.getImpact() : node.getImpact();
                counts[impactIndex(impact)]++;
                rules.merge(rule.getId() + " (" + impact + ")", 1, Integer::sum);
                if (!FAILING.contains(impact)) {
                    continue;
                }
                Finding finding = new Finding(language, account, stop.name(), rule.getId(), impact,
                        target(node.getTarget()), rule.getHelp() + ": " + firstLine(node.getFailureSummary()),
                        String.valueOf(node.getHtml()));
                if (ALLOWED.stream().anyMatch(a -> a.covers(finding))) {
                    allowed++;
                } else {
                    failing.add(finding);
                }
            }
        }
        rows.add(new Row(language, account, stop.name(), counts[0], counts[1], counts[2], counts[3], allowed,
                (auditing - opening) / 1_000_000, (System.nanoTime() - auditing) / 1_000_000));
        findings.addAll(failing);
        if (!failing.isEmpty()) {
            keepScreenshot(driver, language + "-" + account + "-" + stop.name());
        }
    }

    /**
     * A dialog fading in has text of too little contrast: waits (up to 5 s, then audits anyway) until no overlay is
     * opening and no finite animation runs.
     */
    private static void settle(WebDriver driver) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> Boolean.TRUE.equals(
                    ((JavascriptExecutor) d).executeScript("""
                            const hosts = [...document.querySelectorAll('*')].filter(e => e.shadowRoot);
                            const opening = hosts.some(h => h.hasAttribute('opening')
                                || h.shadowRoot.querySelector('[opening], [closing]'));
                            return !opening && document.getAnimations().every(a => a.playState !== 'running'
                                || a.effect.getComputedTiming().iterations === Infinity);""")));
        } catch (TimeoutException e) {
            System.out.println("Still animating after 5 s, audited anyway: " + driver.getCurrentUrl());
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

    private static String firstLine(Object text) {
        return String.valueOf(text).lines().map(String::strip).filter(line -> !line.isEmpty()
                && !line.startsWith("Fix any of the following") && !line.startsWith("Fix all of the following"))
                .findFirst().orElse("");
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
                .append("| language | account | stop | critical | serious | moderate | minor | allowed | open ms |")
                .append(" axe ms |\n|---|---|---|---|---|---|---|---|---|---|\n");
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(Row::language).thenComparing(Row::account));
        for (Row row : sorted) {
            md.append("| %s | %s | %s | %d | %d | %d | %d | %d | %d | %d |\n".formatted(row.language(),
                    row.account(), row.stop(), row.critical(), row.serious(), row.moderate(), row.minor(),
                    row.allowed(), row.visitMillis(), row.axeMillis()));
        }
        md.append("\n## Rules violated (nodes over the whole tour, before the allow-list)\n\n");
        if (rules.isEmpty()) {
            md.append("None.\n");
        }
        rules.forEach((rule, count) -> md.append("- ").append(rule).append(": ").append(count).append('\n'));
        md.append("\n## Allowed\n\n");
        ALLOWED.forEach(allowed -> md.append("- `%s` on `%s` with `%s`: %s\n".formatted(allowed.rule(),
                allowed.element(), allowed.markup(), allowed.reason())));
        md.append("\n## Serious and critical findings\n\n");
        if (findings.isEmpty()) {
            md.append("None.\n");
        }
        findings.forEach(finding -> md.append("- ").append(finding).append('\n'));
        Files.writeString(FOLDER.resolve("report.md"), md.toString());
    }
}
