package id.go.kemensos.replika.base.ui;

import com.vaadin.flow.component.UI;

/**
 * Enter on a focused grid row does what a click on it does (open the record, open its dialog), as Space already does
 * in Vaadin's grid (it clicks the cell on key up). Without it Enter does nothing on cells without a link or button,
 * and keyboard users who expect Enter would find no way to open a row. Cells holding a link or button keep Vaadin's
 * own Enter: it moves the focus into them.
 */
public final class GridKeyboard {

    private static final String SCRIPT = """
            if (!window.__replikaGridKeyboard) {
              window.__replikaGridKeyboard = true;
              document.addEventListener('keydown', event => {
                if (event.key !== 'Enter' || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) {
                  return;
                }
                const path = event.composedPath();
                const grid = path.find(node => node.localName === 'vaadin-grid');
                if (!grid || grid.interacting) {
                  return;
                }
                const target = path[0];
                const cell = target.localName === 'tr' ? target.querySelector('td') : target;
                if (!cell || cell.localName !== 'td' || !cell._content || cell.parentElement.parentElement !== grid.$.items
                    || cell._content.querySelector('a[href], button, input, select, textarea, [tabindex]')) {
                  return;
                }
                event.preventDefault();
                cell._content.click();
              });
            }
            """;

    private GridKeyboard() {
    }

    /** Once per page: one listener on the document serves every grid. */
    public static void install(UI ui) {
        ui.getPage().executeJs(SCRIPT);
    }
}
