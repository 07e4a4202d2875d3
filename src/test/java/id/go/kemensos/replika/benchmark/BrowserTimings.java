package id.go.kemensos.replika.benchmark;

import id.go.kemensos.replika.e2e.Chromium;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The replication grid in headless Chromium, signed in as a director. Every figure is timed inside the page with
 * {@code performance.now()}: a script clicks (the menu entry, or a status button), then polls every few
 * milliseconds (setTimeout, so a 4 ms granularity) until the grid's first body row holds text and is not loading
 * (for a filter change: until that text differs from before the click). The paint that follows is not included
 * (one frame, under 17 ms). The full page load is timed from the navigation's start (performance.timeOrigin).
 */
record BrowserTimings(Stats navigation, Stats pageLoad, Stats filter, String note) {

    private static final String FIRST_ROW = """
            function firstRow() {
              const grid = document.getElementById('replication-grid');
              if (!grid || !grid.shadowRoot) return null;
              const items = grid.shadowRoot.querySelector('#items');
              if (!items) return null;
              for (const tr of items.querySelectorAll('tr')) {
                if (tr.hidden) continue;
                if (tr.hasAttribute('loading')) return null;
                const texts = [];
                for (const td of tr.querySelectorAll('td')) {
                  const slot = td.querySelector('slot');
                  const nodes = slot ? slot.assignedElements({flatten: true}) : [];
                  texts.push(nodes.map(n => n.textContent.trim()).join(''));
                }
                const text = texts.join('|');
                return text.replace(/\\|/g, '').length > 0 ? text : null;
              }
              return null;
            }
            """;

    /** arguments: mode ('nav', 'filter' or 'load'), target (menu path or button id), first row before. */
    private static final String TIMED = FIRST_ROW + """
            const done = arguments[arguments.length - 1];
            const [mode, target, before] = arguments;
            const t0 = mode === 'load' ? 0 : performance.now();
            if (mode === 'nav') {
              const item = [...document.querySelectorAll('vaadin-side-nav-item')]
                  .find(i => (i.path || i.getAttribute('path') || '').replace(/^\\//, '') === target);
              if (!item) { done({ms: -1, row: 'no menu entry ' + target}); return; }
              item.shadowRoot.querySelector('a').click();
            } else if (mode === 'filter') {
              document.getElementById(target).click();
            }
            (function poll() {
              const row = firstRow();
              if (row !== null && row !== before) { done({ms: performance.now() - t0, row: row}); return; }
              if (performance.now() - t0 > 60000) { done({ms: -1, row: 'timed out'}); return; }
              setTimeout(poll, 1);
            })();
            """;

    static BrowserTimings run(String baseUrl, String username, String password, String filterButtonId, int warmUp,
            int runs) throws Exception {
        ChromeDriver driver = Chromium.start();
        try {
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(90));
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(90));
            driver.get(baseUrl + "login");
            wait.until(d -> !d.findElements(By.cssSelector("vaadin-text-field[name='username'] input")).isEmpty());
            driver.findElement(By.cssSelector("vaadin-text-field[name='username'] input")).sendKeys(username);
            driver.findElement(By.cssSelector("vaadin-password-field[name='password'] input"))
                    .sendKeys(password, Keys.ENTER);
            wait.until(d -> !d.getCurrentUrl().contains("login"));

            List<Double> navigation = new ArrayList<>();
            List<Double> load = new ArrayList<>();
            List<Double> filter = new ArrayList<>();
            for (int run = -warmUp; run < runs; run++) {
                driver.get(baseUrl);
                wait.until(d -> !d.findElements(By.cssSelector("vaadin-side-nav-item")).isEmpty());
                Map<String, Object> nav = timed(driver, "nav", "replications", null);
                Map<String, Object> changed = timed(driver, "filter", filterButtonId, nav.get("row"));
                driver.get(baseUrl + "replications");
                Map<String, Object> loaded = timed(driver, "load", null, null);
                if (run >= 0) {
                    navigation.add(ms(nav));
                    filter.add(ms(changed));
                    load.add(ms(loaded));
                }
            }
            return new BrowserTimings(stats(navigation), stats(load), stats(filter), String.format(
                    "%d runs after %d warm-up; in-page performance.now(), polled every ~4 ms; filter: %s",
                    runs, warmUp, filterButtonId));
        } finally {
            driver.quit();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> timed(ChromeDriver driver, String mode, String target, Object before) {
        Map<String, Object> result = (Map<String, Object>) ((JavascriptExecutor) driver)
                .executeAsyncScript(TIMED, mode, target, before);
        if (((Number) result.get("ms")).doubleValue() < 0) {
            throw new IllegalStateException("Chromium " + mode + " " + target + ": " + result.get("row"));
        }
        return result;
    }

    private static double ms(Map<String, Object> result) {
        return ((Number) result.get("ms")).doubleValue();
    }

    private static Stats stats(List<Double> values) {
        return Stats.of(values.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
