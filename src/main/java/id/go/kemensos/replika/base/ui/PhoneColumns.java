package id.go.kemensos.replika.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.shared.Registration;
import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A grid that shows only its key columns while the browser window is phone-sized, and every column again when the
 * window is wider. The window width comes from the browser's details at start-up and from resize events; key
 * columns may get a narrower width on a phone, so that they fit the screen side by side, and cells wrap there.
 */
public final class PhoneColumns implements Serializable {

    /** Below this window width (CSS pixels, 40rem) the screen counts as a phone, as in replika.css. */
    public static final int PHONE_MAX_WIDTH = 640;

    private static final String LAST_WIDTH = PhoneColumns.class.getName() + ".width";

    private final Grid<?> grid;
    /** Key column to its width on a phone (null: keep its width). */
    private final Map<Grid.Column<?>, String> keys = new HashMap<>();
    /** The desktop widths of key columns that get a phone width. */
    private final Map<Grid.Column<?>, String> desktopWidths = new HashMap<>();
    private final Set<Grid.Column<?>> desktopAutoWidth = new HashSet<>();
    /** The columns this hid (columns hidden for other reasons, e.g. permissions, are left alone). */
    private final Set<Grid.Column<?>> hidden = new HashSet<>();
    private Boolean phone;
    private boolean wrapsOnDesktop;

    private PhoneColumns(Grid<?> grid) {
        this.grid = grid;
        grid.addAttachListener(event -> {
            if (phone == null) {
                wrapsOnDesktop = grid.getThemeNames().contains(GridVariant.WRAP_CELL_CONTENT.getVariantName());
            }
            UI ui = event.getUI();
            followWidth(ui);
            int width = knownWidth(ui);
            if (width > 0) {
                apply(width);
            } else {
                ui.getPage().retrieveExtendedClientDetails(details -> apply(details.getWindowInnerWidth()));
            }
            Registration resize = ui.getPage().addBrowserWindowResizeListener(resized -> apply(resized.getWidth()));
            grid.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }

    /** Follows the window width for {@code grid}; name its key columns with {@link #key}. */
    public static PhoneColumns of(Grid<?> grid) {
        return new PhoneColumns(grid);
    }

    /** A column that stays visible on a phone. */
    public PhoneColumns key(Grid.Column<?> column) {
        keys.put(column, null);
        return this;
    }

    /** A column that stays visible on a phone with {@code phoneWidth} instead of its own width. */
    public PhoneColumns key(Grid.Column<?> column, String phoneWidth) {
        keys.put(column, phoneWidth);
        // a column never given a width has the web component's default
        desktopWidths.put(column, column.getWidth() == null ? "100px" : column.getWidth());
        if (column.isAutoWidth()) {
            desktopAutoWidth.add(column);
        }
        return this;
    }

    private void apply(int width) {
        boolean narrow = width > 0 && width < PHONE_MAX_WIDTH;
        if (phone != null && phone == narrow) {
            return;
        }
        phone = narrow;
        for (Grid.Column<?> column : grid.getColumns()) {
            if (keys.containsKey(column)) {
                if (keys.get(column) != null) {
                    column.setWidth(narrow ? keys.get(column) : desktopWidths.get(column));
                    column.setAutoWidth(!narrow && desktopAutoWidth.contains(column));
                }
            } else if (narrow && column.isVisible()) {
                column.setVisible(false);
                hidden.add(column);
            }
        }
        if (!narrow) {
            hidden.forEach(column -> column.setVisible(true));
            hidden.clear();
        }
        if (!wrapsOnDesktop) {
            // narrow key columns wrap their text rather than cut it off
            grid.getElement().getThemeList().set(GridVariant.WRAP_CELL_CONTENT.getVariantName(), narrow);
        }
        grid.recalculateColumnWidths();
    }

    /** Keeps the UI's last reported window width, for views opened after a resize (once per UI). */
    private static void followWidth(UI ui) {
        if (ComponentUtil.getData(ui, LAST_WIDTH) == null) {
            ComponentUtil.setData(ui, LAST_WIDTH, 0);
            ui.getPage().addBrowserWindowResizeListener(resized -> ComponentUtil.setData(ui, LAST_WIDTH,
                    resized.getWidth()));
        }
    }

    /** The last width a resize reported in this UI, else the one the browser sent at start-up; 0 if unknown. */
    private static int knownWidth(UI ui) {
        Object last = ComponentUtil.getData(ui, LAST_WIDTH);
        if (last instanceof Integer width && width > 0) {
            return width;
        }
        ExtendedClientDetails details = ui.getPage().getExtendedClientDetails();
        return details == null ? 0 : Math.max(0, details.getWindowInnerWidth());
    }
}
