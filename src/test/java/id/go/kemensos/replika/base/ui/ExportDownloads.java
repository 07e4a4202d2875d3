package id.go.kemensos.replika.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTester;
import com.vaadin.flow.data.provider.SortDirection;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;

/** Drives a list view's export links in browserless tests. */
public final class ExportDownloads {

    private ExportDownloads() {
    }

    /** Sorts the grid as clicks on column headers would: by each sort property in turn, in {@code direction}. */
    public static <T> void sortBy(Grid<T> grid, SortDirection direction, String... properties) {
        List<GridSortOrder<T>> orders = Arrays.stream(properties).map(property -> new GridSortOrder<>(
                grid.getColumns().stream()
                        .filter(column -> column.getSortOrder(direction)
                                .anyMatch(order -> order.getSorted().equals(property)))
                        .findFirst().orElseThrow(() -> new IllegalArgumentException("No column sorts by " + property)),
                direction)).toList();
        grid.sort(orders);
    }

    /** What the browser would receive when the user follows {@code link}. */
    public static byte[] download(Anchor link) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AnchorTester(link).download(out);
        return out.toByteArray();
    }
}
