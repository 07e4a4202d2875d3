package id.go.kemensos.replika.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.kemensos.replika.IntegrationTest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Keyboard only, in real Chromium: from the top of the page Tab reaches the menu and a grid, the arrow keys move
 * in the grid and Enter opens a row; a dialog opened with Enter keeps the focus inside until Escape, which gives it
 * back to its button; and whatever has the focus shows it.
 */
@IntegrationTest
class KeyboardBrowserTest {

    private static final int MAX_TABS = 80;

    /**
     * What has the focus, through shadow roots: a short description (tag, id, part, text) of the innermost focused
     * element, whether it lies in the main menu, a grid's body, a dialog, and whether it (or a shadow host around
     * it, a field's input box, or their ::before/::after) draws an outline or a box shadow.
     */
    private static final String FOCUS = """
            let element = document.activeElement;
            while (element && element.shadowRoot && element.shadowRoot.activeElement) {
              element = element.shadowRoot.activeElement;
            }
            if (!element || element === document.body) { return {what: 'body'}; }
            const chain = [];
            for (let node = element; node; node = node.parentNode || node.host) {
              if (node.nodeType === 1) { chain.push(node); }
            }
            const drawn = style => style && ((style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)
                || (style.boxShadow && style.boxShadow !== 'none'));
            const marks = chain.slice(0, 4).flatMap(node => [node,
                node.shadowRoot && node.shadowRoot.querySelector('[part~="input-field"]')]).filter(Boolean);
            const visible = marks.some(node => drawn(getComputedStyle(node))
                || drawn(getComputedStyle(node, '::before')) || drawn(getComputedStyle(node, '::after')));
            const grid = chain.find(node => node.localName === 'vaadin-grid');
            const row = chain.find(node => node.localName === 'tr');
            return {
              what: element.localName + (element.id ? '#' + element.id : '')
                  + (element.getAttribute('part') ? '[' + element.getAttribute('part') + ']' : '')
                  + ' ' + (element.textContent || '').trim().substring(0, 30),
              id: element.id || '',
              content: element._content ? element._content.innerHTML.substring(0, 200) : '',
              inMenu: chain.some(node => node.id === 'main-nav'),
              inGridBody: !!grid && !!row && row.parentElement === grid.$.items,
              rowIndex: row && row.index !== undefined ? row.index : -1,
              inDialog: chain.some(node => node.localName === 'vaadin-dialog'
                  || node.localName === 'vaadin-dialog-overlay'),
              visible: visible
            };
            """;

    @LocalServerPort
    int port;

    private WebDriver driver;
    private WebDriverWait wait;
    private ViewTour tour;

    @RegisterExtension
    final BrowserPerTest browser = new BrowserPerTest();

    @BeforeEach
    void useTheBrowser() {
        driver = browser.driver();
        wait = browser.waitFor();
        tour = new ViewTour(driver, port);
    }

    @Test
    void fromThePageStartTabReachesTheMenuAndTheGridWhoseRowsOpenWithEnter() {
        tour.signIn("direktur");
        tour.visit(new ViewTour.Stop("units", "units", null));

        List<String> unmarked = new ArrayList<>();
        FocusState menu = tabUntil(state -> state.inMenu(), unmarked);
        assertThat(menu.inMenu()).as("Tab reaches the main menu").isTrue();
        FocusState cell = tabUntil(FocusState::inGridBody, unmarked);
        assertThat(cell.inGridBody()).as("Tab reaches the units grid's rows").isTrue();
        assertThat(unmarked).as("every element Tab stopped at shows that it has the focus").isEmpty();

        keys(Keys.ARROW_DOWN);
        wait.until(d -> focusState().rowIndex() == cell.rowIndex() + 1);
        FocusState next = focusState();
        assertThat(next.visible()).as("the focused grid cell is marked").isTrue();
        keys(Keys.ENTER);
        wait.until(d -> d.getCurrentUrl().matches(".*/units/\\d+$"));
    }

    @Test
    void spaceOpensARowOfAGridWithBadgeCellsToo() {
        tour.signIn("direktur");
        tour.visit(new ViewTour.Stop("replications", "replications", null));
        FocusState cell = tabUntil(FocusState::inGridBody, new ArrayList<>());
        assertThat(cell.inGridBody()).as("Tab reaches the replications grid's rows").isTrue();
        // along the row to the status badge (a LitRenderer template), then Space
        for (int i = 0; i < 8 && !focusState().content().contains("status-badge"); i++) {
            keys(Keys.ARROW_RIGHT);
        }
        assertThat(focusState().content()).as("the focus is on a status badge cell").contains("status-badge");
        keys(Keys.SPACE);
        wait.until(d -> d.getCurrentUrl().matches(".*/replications/\\d+$"));
    }

    @Test
    void aDialogOpenedWithEnterKeepsTheFocusUntilEscapeGivesItBackToItsButton() {
        tour.signIn("admin");
        tour.visit(new ViewTour.Stop("users", "users", null));
        List<String> unmarked = new ArrayList<>();
        FocusState button = tabUntil(state -> state.id().equals("user-new"), unmarked);
        assertThat(button.id()).as("Tab reaches the new-user button").isEqualTo("user-new");
        assertThat(unmarked).as("every element Tab stopped at shows that it has the focus").isEmpty();

        keys(Keys.ENTER);
        wait.until(d -> focusState().inDialog());
        Set<String> visited = new LinkedHashSet<>();
        for (int i = 0; i < 30; i++) {
            FocusState state = focusState();
            assertThat(state.inDialog()).as("Tab %d stays in the dialog (at %s)", i, state.what()).isTrue();
            if (!state.what().startsWith("vaadin-dialog")) {
                // on opening the dialog itself has the focus, which screen readers announce and needs no mark
                assertThat(state.visible()).as("the focused %s is marked", state.what()).isTrue();
            }
            visited.add(state.what());
            keys(Keys.TAB);
        }
        assertThat(visited).as("Tab moves through the dialog's fields and buttons").hasSizeGreaterThan(3);
        System.out.println("Tab in the new-user dialog visits " + visited.size() + " places: " + visited);

        keys(Keys.ESCAPE);
        wait.until(d -> !focusState().inDialog() && focusState().id().equals("user-new"));
    }

    /** Presses Tab until {@code reached} (at most {@link #MAX_TABS} times), noting stops without a focus mark. */
    private FocusState tabUntil(Predicate<FocusState> reached, List<String> unmarked) {
        for (int i = 0; i < MAX_TABS; i++) {
            keys(Keys.TAB);
            FocusState state = focusState();
            if (!state.visible() && !state.what().equals("body")) {
                unmarked.add(state.what());
            }
            if (reached.test(state)) {
                return state;
            }
        }
        return focusState();
    }

    private void keys(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
        tour.awaitIdle();
    }

    record FocusState(String what, String id, String content, boolean inMenu, boolean inGridBody, long rowIndex, boolean inDialog,
            boolean visible) {
    }

    private FocusState focusState() {
        Map<String, Object> state = focus();
        return new FocusState(String.valueOf(state.get("what")), String.valueOf(state.getOrDefault("id", "")),
                String.valueOf(state.getOrDefault("content", "")),
                Boolean.TRUE.equals(state.get("inMenu")), Boolean.TRUE.equals(state.get("inGridBody")),
                state.get("rowIndex") instanceof Number n ? n.longValue() : -1,
                Boolean.TRUE.equals(state.get("inDialog")), Boolean.TRUE.equals(state.get("visible")));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> focus() {
        return (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(FOCUS);
    }
}
