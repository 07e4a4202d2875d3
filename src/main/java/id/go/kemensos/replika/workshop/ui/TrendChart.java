package id.go.kemensos.replika.workshop.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.SerializableFunction;
import id.go.kemensos.replika.base.i18n.Formats;
import id.go.kemensos.replika.base.ui.SvgViewBox;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small line chart drawn as SVG on the server (no chart library, no script) over a fixed window of months, oldest
 * on the left. A month without figures leaves a gap instead of joining its neighbours. Only numbers reach the SVG;
 * the caption carries the words. The drawing stretches to the width available. Screen readers hear the latest,
 * lowest and highest month from the SVG's label and find every month in a visually hidden table.
 */
class TrendChart extends Div {

    private static final int WIDTH = 600;
    private static final int HEIGHT = 120;

    private final NativeTable table = new NativeTable();

    TrendChart(String caption, List<LocalDate> months, Map<LocalDate, Long> values, String colour,
            SerializableFunction<Long, String> format) {
        addClassName("trend-chart");
        Div title = new Div(caption);
        title.addClassName("muted");
        add(title);
        Element svg = new Element("svg");
        svg.setAttribute("width", "100%");
        svg.setAttribute("height", String.valueOf(HEIGHT));
        SvgViewBox.apply(svg, WIDTH, HEIGHT, "none");
        svg.setAttribute("role", "img");
        svg.setAttribute("aria-label", caption + ". " + summary(months, values, format));
        long max = values.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<String> segment = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            Long value = values.get(months.get(i));
            if (value == null) {
                draw(svg, segment, colour);
                segment = new ArrayList<>();
                continue;
            }
            double x = months.size() == 1 ? WIDTH / 2.0 : i * (WIDTH - 10.0) / (months.size() - 1) + 5;
            double y = max == 0 ? HEIGHT - 5 : HEIGHT - 5 - value * (HEIGHT - 10.0) / max;
            segment.add(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
        }
        draw(svg, segment, colour);
        getElement().appendChild(svg);
        buildTable(caption, months, values, format);
        // hidden through a wrapper: a table ignores a 1px width, and its full width would widen a phone's page
        Div forScreenReaders = new Div(table);
        forScreenReaders.addClassName("visually-hidden");
        add(forScreenReaders);
    }

    /** Every month with figures, for screen readers. */
    NativeTable getTable() {
        return table;
    }

    private String summary(List<LocalDate> months, Map<LocalDate, Long> values,
            SerializableFunction<Long, String> format) {
        List<LocalDate> reported = months.stream().filter(values::containsKey).toList();
        if (reported.isEmpty()) {
            return getTranslation("workshop.trend.none");
        }
        LocalDate latest = reported.getLast();
        LocalDate lowest = reported.stream().min(Comparator.comparing(values::get)).orElseThrow();
        LocalDate highest = reported.stream().max(Comparator.comparing(values::get)).orElseThrow();
        return getTranslation("workshop.trend.summary", format.apply(values.get(latest)), month(latest),
                format.apply(values.get(lowest)), month(lowest), format.apply(values.get(highest)), month(highest));
    }

    private void buildTable(String caption, List<LocalDate> months, Map<LocalDate, Long> values,
            SerializableFunction<Long, String> format) {
        table.addClassName("chart-table");
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        head.add(columnHeader(getTranslation("workshop.report.month")), columnHeader(caption));
        for (LocalDate month : months) {
            Long value = values.get(month);
            if (value != null) {
                NativeTableHeaderCell label = new NativeTableHeaderCell(month(month));
                label.getElement().setAttribute("scope", "row");
                table.getBody().addRow().add(label, new NativeTableCell(format.apply(value)));
            }
        }
    }

    private static NativeTableHeaderCell columnHeader(String text) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", "col");
        return cell;
    }

    private String month(LocalDate month) {
        return Formats.monthYear(month, getLocale());
    }

    private static void draw(Element svg, List<String> points, String colour) {
        if (points.isEmpty()) {
            return;
        }
        if (points.size() == 1) {
            String[] xy = points.get(0).split(",");
            Element dot = new Element("circle");
            dot.setAttribute("cx", xy[0]);
            dot.setAttribute("cy", xy[1]);
            dot.setAttribute("r", "3");
            dot.setAttribute("fill", colour);
            svg.appendChild(dot);
            return;
        }
        Element line = new Element("polyline");
        line.setAttribute("points", String.join(" ", points));
        line.setAttribute("fill", "none");
        line.setAttribute("stroke", colour);
        line.setAttribute("stroke-width", "3");
        svg.appendChild(line);
    }
}
