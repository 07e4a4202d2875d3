package id.go.kemensos.replika.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import id.go.kemensos.replika.base.export.ExportFormat;
import id.go.kemensos.replika.base.export.ExportSpec;
import id.go.kemensos.replika.base.export.ExportWriter;
import id.go.kemensos.replika.base.export.Exports;
import id.go.kemensos.replika.base.i18n.Formats;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * "Ekspor: CSV · XLSX" for a list view. Each link downloads every row that the grid's service returns for the
 * view's current filter and the grid's current sort, not only the rows loaded on screen. The download is its own
 * servlet request carrying the user's security context, so the service applies the grid's permissions and
 * row-level scope. The view's state is read under the session lock; the rows are written without it, from one
 * database snapshot ({@link ExportWriter}).
 */
public class ExportLinks extends HorizontalLayout {

    private static final Logger log = LoggerFactory.getLogger(ExportLinks.class);

    /**
     * @param export the export for a given sort; called under the session lock when a download starts, so it may
     *               read the view's filter fields (it must not fetch rows itself)
     */
    public <T> ExportLinks(Grid<T> grid, ExportWriter writer, SerializableFunction<Sort, ExportSpec<T>> export) {
        addClassName("export-links");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        Span label = new Span(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("export.label")));
        label.addClassNames("muted", "export-label");
        add(label, link(ExportFormat.CSV, grid, writer, export), link(ExportFormat.XLSX, grid, writer, export));
    }

    private <T> Anchor link(ExportFormat format, Grid<T> grid, ExportWriter writer,
            SerializableFunction<Sort, ExportSpec<T>> export) {
        boolean csv = format == ExportFormat.CSV;
        Anchor link = new Anchor(event -> download(event, format, grid, writer, export), AttachmentType.DOWNLOAD,
                getTranslation(csv ? "export.csv" : "export.xlsx"));
        link.setId("export-" + format.extension());
        String hint = getTranslation(csv ? "export.csv.hint" : "export.xlsx.hint");
        link.setAriaLabel(hint);
        link.getElement().setAttribute("title", hint);
        return link;
    }

    private <T> void download(DownloadEvent event, ExportFormat format, Grid<T> grid, ExportWriter writer,
            SerializableFunction<Sort, ExportSpec<T>> export) throws IOException {
        VaadinSession session = event.getSession();
        UI ui;
        Locale locale;
        ExportSpec<T> spec;
        session.lock();
        try {
            ui = event.getUI();
            locale = ui.getLocale();
            spec = export.apply(sortOf(grid));
        } finally {
            session.unlock();
        }
        event.setFileName(Exports.fileName(spec.slug(), format, LocalDate.now(Formats.ZONE)));
        event.setContentType(format.contentType());
        OutputStream out = event.getOutputStream();
        try {
            long rows = writer.write(spec, format, locale, out);
            log.debug("Exported {} rows of {} as {}", rows, spec.slug(), format);
        } catch (AccessDeniedException | AuthenticationException e) {
            // the first page was refused, so nothing has been written yet
            log.info("Export of {} refused: {}", spec.slug(), e.getMessage());
            event.getResponse().setStatus(403);
            ui.access(() -> Messages.error(this, "error.accessDenied.text"));
        } finally {
            out.close();
        }
    }

    /** The grid's sort as the service reads it: the columns' sort properties in the order the user chose. */
    static Sort sortOf(Grid<?> grid) {
        List<Sort.Order> orders = grid.getSortOrder().stream()
                .flatMap(order -> order.getSorted().getSortOrder(order.getDirection()))
                .map(order -> new Sort.Order(order.getDirection() == SortDirection.DESCENDING
                        ? Sort.Direction.DESC : Sort.Direction.ASC, order.getSorted()))
                .toList();
        return Sort.by(orders);
    }
}
