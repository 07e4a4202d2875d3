package id.go.kemensos.replika.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.router.QueryParameters;
import id.go.kemensos.replika.base.i18n.AppI18NProvider;
import java.io.Serializable;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A bar chart drawn as SVG on the server through the Element API (no chart library, no npm build): horizontal or
 * vertical bars, one series or several, stacked or side by side. It carries a visible title and axis titles; the
 * SVG is an image with a text label for screen readers, who also always get the same numbers as a table. Sighted
 * users open that table with "show as table". A bar, and its cell in the table, can link to a route (a filtered
 * grid). Texts set through {@code Element.setText} are never parsed as markup.
 */
public final class BarChart extends Section {

    public enum Orientation {
        HORIZONTAL,
        VERTICAL
    }

    /**
     * One bar (or group of bars): its value in each series and, optionally (null), where each value and the total
     * lead. The key makes the ids of the table's links: {@code <chart id>-<key>-<series index>} and
     * {@code <chart id>-<key>-total}.
     */
    public record Category(String key, String label, List<Long> values, List<String> links, String totalLink)
            implements Serializable {

        long total() {
            return values.stream().mapToLong(Long::longValue).sum();
        }

        String link(int series) {
            return links == null || series >= links.size() ? null : links.get(series);
        }
    }

    /** Widths of the drawing in SVG units: text is 12 units, so about 12 px at these widths on screen. */
    private static final int WIDTH = 520;
    private static final int WIDE = 800;
    private static final int LABEL_CHARS = 28;
    /** Up to this many values the SVG's text label lists them; beyond, it points to the table. */
    private static final int SPOKEN_VALUES = 12;

    private final Builder spec;
    private final NativeTable table = new NativeTable();
    private final Button toggle = new Button();

    private BarChart(Builder spec) {
        this.spec = spec;
        setId(spec.id);
        addClassName("bar-chart");
        if (spec.width == WIDE) {
            addClassName("bar-chart-wide");
        }
        H3 heading = new H3(spec.title);
        heading.setId(spec.id + "-title");
        heading.addClassName("chart-title");
        add(heading);
        getElement().setAttribute("aria-labelledby", spec.id + "-title");
        if (spec.categories.isEmpty()) {
            Paragraph empty = new Paragraph(spec.emptyText == null ? getTranslation("dashboard.chart.empty")
                    : spec.emptyText);
            empty.addClassName("muted");
            add(empty);
            return;
        }
        Element svg = spec.orientation == Orientation.HORIZONTAL ? horizontal() : vertical();
        svg.setAttribute("role", "img");
        svg.setAttribute("aria-label", spokenSummary());
        Div figure = new Div();
        figure.addClassName("chart-figure");
        figure.getElement().appendChild(svg);
        add(figure);
        if (spec.series.size() > 1) {
            add(legend());
        }
        buildTable();
        toggle.setId(spec.id + "-toggle");
        toggle.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        toggle.getElement().setAttribute("aria-controls", table.getId().orElseThrow());
        toggle.addClickListener(event -> showTable(table.hasClassName("visually-hidden")));
        showTable(false);
        Div scroll = new Div(table);
        scroll.addClassName("chart-table-scroll");
        add(toggle, scroll);
    }

    public static Builder horizontal(String id, String title) {
        return new Builder(id, title, Orientation.HORIZONTAL);
    }

    public static Builder vertical(String id, String title) {
        return new Builder(id, title, Orientation.VERTICAL);
    }

    /** The table alternative: always read by screen readers, shown on screen when toggled. */
    public NativeTable getTable() {
        return table;
    }

    private void showTable(boolean visible) {
        table.setClassName("visually-hidden", !visible);
        toggle.setText(getTranslation(visible ? "dashboard.chart.hideTable" : "dashboard.chart.showTable"));
        toggle.getElement().setAttribute("aria-expanded", String.valueOf(visible));
    }

    // --- drawing ------------------------------------------------------------------------------------------------

    private Element horizontal() {
        int rows = spec.categories.size();
        boolean grouped = !spec.stacked && spec.series.size() > 1;
        int rowHeight = grouped ? Math.max(26, spec.series.size() * 11 + 8) : 26;
        int left = 186;
        int right = 56;
        int top = 6;
        int plotHeight = rows * rowHeight;
        int height = top + plotHeight + 44;
        double plotWidth = spec.width - left - right;
        long[] ticks = ticks(maximum());
        double scale = plotWidth / ticks[ticks.length - 1];
        Element svg = svg(height);

        for (long tick : ticks) {
            double x = left + tick * scale;
            svg.appendChild(line(x, top, x, top + plotHeight, "chart-grid"));
            svg.appendChild(text(x, top + plotHeight + 16, compact(tick), "middle", "chart-tick"));
        }
        svg.appendChild(text(left + plotWidth / 2, height - 6, spec.valueAxis, "middle", "chart-axis-title"));
        Element categoryTitle = text(12, top + plotHeight / 2.0, spec.categoryAxis, "middle", "chart-axis-title");
        categoryTitle.setAttribute("transform", "rotate(-90 12 " + fmt(top + plotHeight / 2.0) + ")");
        svg.appendChild(categoryTitle);

        for (int row = 0; row < rows; row++) {
            Category category = spec.categories.get(row);
            double y = top + row * rowHeight;
            Element label = text(left - 8, y + rowHeight / 2.0 + 4, shorten(category.label()), "end", "chart-label");
            label.appendChild(title(category.label()));
            svg.appendChild(label);
            double offset = 0;
            for (int s = 0; s < spec.series.size(); s++) {
                long value = category.values().get(s);
                double thickness = grouped ? (rowHeight - 8.0) / spec.series.size() : rowHeight - 8.0;
                double barY = y + 4 + (grouped ? s * thickness : 0);
                double length = value * scale;
                if (value > 0) {
                    svg.appendChild(bar(left + (spec.stacked ? offset : 0), barY, length, thickness, s, category));
                }
                if (grouped) {
                    svg.appendChild(text(left + length + 4, barY + thickness / 2 + 4, compact(value), "start",
                            "chart-value"));
                }
                offset += spec.stacked ? length : 0;
            }
            if (!grouped) {
                svg.appendChild(text(left + offset + (spec.stacked ? 0 : category.values().get(0) * scale) + 4,
                        y + rowHeight / 2.0 + 4, compact(category.total()), "start", "chart-value"));
            }
        }
        return svg;
    }

    private Element vertical() {
        int columns = spec.categories.size();
        boolean grouped = !spec.stacked && spec.series.size() > 1;
        boolean slanted = columns > 12;
        int left = 64;
        int right = 8;
        int top = 16;
        int plotHeight = 200;
        int labelSpace = slanted ? 58 : 22;
        int height = top + plotHeight + labelSpace + 24;
        double plotWidth = spec.width - left - right;
        double band = plotWidth / columns;
        long[] ticks = ticks(maximum());
        double scale = plotHeight / (double) ticks[ticks.length - 1];
        Element svg = svg(height);
        double base = top + plotHeight;

        for (long tick : ticks) {
            double y = base - tick * scale;
            svg.appendChild(line(left, y, left + plotWidth, y, "chart-grid"));
            svg.appendChild(text(left - 6, y + 4, compact(tick), "end", "chart-tick"));
        }
        svg.appendChild(text(left + plotWidth / 2, height - 6, spec.categoryAxis, "middle", "chart-axis-title"));
        Element valueTitle = text(12, top + plotHeight / 2.0, spec.valueAxis, "middle", "chart-axis-title");
        valueTitle.setAttribute("transform", "rotate(-90 12 " + fmt(top + plotHeight / 2.0) + ")");
        svg.appendChild(valueTitle);

        for (int column = 0; column < columns; column++) {
            Category category = spec.categories.get(column);
            double x = left + column * band;
            double barWidth = band * 0.7;
            double thickness = grouped ? barWidth / spec.series.size() : barWidth;
            double stackedHeight = 0;
            for (int s = 0; s < spec.series.size(); s++) {
                long value = category.values().get(s);
                double length = value * scale;
                double barX = x + band * 0.15 + (grouped ? s * thickness : 0);
                double barTop = base - length - (spec.stacked ? stackedHeight : 0);
                if (value > 0) {
                    svg.appendChild(bar(barX, barTop, thickness, length, s, category));
                }
                stackedHeight += spec.stacked ? length : 0;
            }
            if (!slanted && !grouped) {
                double barTop = base - (spec.stacked ? stackedHeight : category.values().get(0) * scale);
                svg.appendChild(text(x + band / 2, barTop - 4, compact(category.total()), "middle", "chart-value"));
            }
            double labelX = x + band / 2;
            Element label;
            if (slanted) {
                label = text(labelX, base + 12, category.label(), "end", "chart-label");
                label.setAttribute("transform", "rotate(-45 " + fmt(labelX) + " " + fmt(base + 12) + ")");
            } else {
                label = text(labelX, base + 16, category.label(), "middle", "chart-label");
            }
            svg.appendChild(label);
        }
        return svg;
    }

    /** The drawing scales to the width available. */
    private Element svg(int height) {
        Element svg = new Element("svg");
        svg.setAttribute("width", "100%");
        svg.setAttribute("focusable", "false");
        svg.getStyle().set("aspect-ratio", spec.width + " / " + height);
        SvgViewBox.apply(svg, spec.width, height, "xMinYMin meet");
        return svg;
    }

    /** A bar; with a link, a click on it opens the link (the table holds the same link for keyboards). */
    private Element bar(double x, double y, double width, double height, int series, Category category) {
        Element rect = new Element("rect");
        rect.setAttribute("x", fmt(x));
        rect.setAttribute("y", fmt(y));
        rect.setAttribute("width", fmt(Math.max(width, 0.5)));
        rect.setAttribute("height", fmt(Math.max(height, 0.5)));
        String valueText = spec.format.apply(category.values().get(series));
        rect.appendChild(title(category.label() + (spec.series.size() > 1 ? " · " + spec.series.get(series) : "")
                + ": " + valueText));
        String link = category.link(series) != null ? category.link(series) : category.totalLink();
        rect.setAttribute("class", "chart-bar " + spec.seriesClass(series) + (link == null ? "" : " chart-link"));
        if (link != null) {
            rect.addEventListener("click", event -> navigate(link));
        }
        return rect;
    }

    private void navigate(String href) {
        int question = href.indexOf('?');
        String path = question < 0 ? href : href.substring(0, question);
        QueryParameters query = question < 0 ? QueryParameters.empty()
                : QueryParameters.fromString(href.substring(question + 1));
        getUI().ifPresent(ui -> ui.navigate(path, query));
    }

    private static Element line(double x1, double y1, double x2, double y2, String cssClass) {
        Element line = new Element("line");
        line.setAttribute("x1", fmt(x1));
        line.setAttribute("y1", fmt(y1));
        line.setAttribute("x2", fmt(x2));
        line.setAttribute("y2", fmt(y2));
        line.setAttribute("class", cssClass);
        return line;
    }

    private static Element text(double x, double y, String content, String anchor, String cssClass) {
        Element text = new Element("text");
        text.setAttribute("x", fmt(x));
        text.setAttribute("y", fmt(y));
        text.setAttribute("text-anchor", anchor);
        text.setAttribute("class", cssClass);
        text.setText(content == null ? "" : content);
        return text;
    }

    private static Element title(String content) {
        Element title = new Element("title");
        title.setText(content);
        return title;
    }

    private long maximum() {
        return spec.categories.stream()
                .mapToLong(c -> spec.stacked ? c.total() : c.values().stream().mapToLong(Long::longValue).max()
                        .orElse(0))
                .max().orElse(0);
    }

    /** Round ticks from zero past {@code max}: at most six, in steps of 1, 2 or 5 times a power of ten. */
    static long[] ticks(long max) {
        long top = Math.max(max, 1);
        long magnitude = 1;
        while (magnitude * 10 <= top / 5) {
            magnitude *= 10;
        }
        long step = magnitude;
        for (long factor : new long[] {1, 2, 5, 10}) {
            step = factor * magnitude;
            if ((top + step - 1) / step <= 5) {
                break;
            }
        }
        long last = (top + step - 1) / step * step;
        long unit = step;
        return IntStream.rangeClosed(0, (int) (last / step)).mapToLong(i -> i * unit).toArray();
    }

    private String compact(long value) {
        NumberFormat format = NumberFormat.getCompactNumberInstance(locale(), NumberFormat.Style.SHORT);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    private Locale locale() {
        UI ui = UI.getCurrent();
        return AppI18NProvider.supported(ui == null ? null : ui.getLocale());
    }

    private static String shorten(String label) {
        return label == null ? "" : label.length() <= LABEL_CHARS ? label : label.substring(0, LABEL_CHARS - 1) + "…";
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private String spokenSummary() {
        int values = spec.categories.size() * spec.series.size();
        if (values > SPOKEN_VALUES) {
            return getTranslation("dashboard.chart.summaryInTable", spec.title);
        }
        String listed = spec.categories.stream().map(category -> category.label() + ": "
                        + (spec.series.size() == 1 ? spec.format.apply(category.values().get(0))
                        : IntStream.range(0, spec.series.size()).mapToObj(s -> spec.series.get(s) + " "
                                + spec.format.apply(category.values().get(s))).collect(Collectors.joining(", "))))
                .collect(Collectors.joining("; "));
        return spec.title + ". " + listed;
    }

    private Div legend() {
        Div legend = new Div();
        legend.addClassName("chart-legend");
        for (int s = 0; s < spec.series.size(); s++) {
            Span swatch = new Span();
            swatch.addClassNames("chart-swatch", spec.seriesClass(s));
            Span entry = new Span(swatch, new Span(spec.series.get(s)));
            entry.addClassName("chart-legend-entry");
            legend.add(entry);
        }
        return legend;
    }

    // --- the table alternative --------------------------------------------------------------------------------

    private void buildTable() {
        table.setId(spec.id + "-table");
        table.addClassName("chart-table");
        table.setCaptionText(spec.title);
        boolean withTotal = spec.showTotal && spec.series.size() > 1;
        NativeTableRow head = table.getHead().addRow();
        head.add(new NativeTableHeaderCell(spec.categoryAxis));
        spec.series.forEach(name -> head.add(columnHeader(name)));
        if (withTotal) {
            head.add(columnHeader(getTranslation("dashboard.chart.total")));
        }
        for (Category category : spec.categories) {
            NativeTableRow row = table.getBody().addRow();
            NativeTableHeaderCell label = new NativeTableHeaderCell(category.label());
            label.getElement().setAttribute("scope", "row");
            row.add(label);
            for (int s = 0; s < spec.series.size(); s++) {
                String link = category.link(s) != null ? category.link(s)
                        : spec.series.size() == 1 ? category.totalLink() : null;
                row.add(cell(category.values().get(s), link, spec.id + "-" + category.key() + "-" + s));
            }
            if (withTotal) {
                row.add(cell(category.total(), category.totalLink(), spec.id + "-" + category.key() + "-total"));
            }
        }
        if (spec.totalsLabel != null) {
            NativeTableRow foot = table.getFoot().addRow();
            NativeTableHeaderCell label = new NativeTableHeaderCell(spec.totalsLabel);
            label.getElement().setAttribute("scope", "row");
            foot.add(label);
            long grand = 0;
            for (int s = 0; s < spec.series.size(); s++) {
                int series = s;
                long sum = spec.categories.stream().mapToLong(c -> c.values().get(series)).sum();
                grand += sum;
                String link = spec.seriesLinks == null || s >= spec.seriesLinks.size() ? null : spec.seriesLinks.get(s);
                foot.add(cell(sum, link, spec.id + "-total-" + s));
            }
            if (withTotal) {
                foot.add(cell(grand, spec.grandTotalLink, spec.id + "-total"));
            }
        }
    }

    private static NativeTableHeaderCell columnHeader(String text) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", "col");
        return cell;
    }

    private NativeTableCell cell(long value, String link, String id) {
        String text = spec.format.apply(value);
        if (link == null) {
            return new NativeTableCell(text);
        }
        Anchor anchor = new Anchor(link, text);
        anchor.setId(id);
        anchor.getElement().setAttribute("router-link", true);
        return new NativeTableCell(anchor);
    }

    /** Collects what a chart shows; {@link #build()} draws it. */
    public static final class Builder implements Serializable {

        private final String id;
        private final String title;
        private final Orientation orientation;
        private String categoryAxis = "";
        private String valueAxis = "";
        private List<String> series = List.of("");
        private List<String> seriesClasses = List.of();
        private boolean stacked = true;
        private boolean showTotal = true;
        private SerializableFunction<Long, String> format = String::valueOf;
        private final List<Category> categories = new ArrayList<>();
        private String totalsLabel;
        private List<String> seriesLinks;
        private String grandTotalLink;
        private String emptyText;
        private int width = WIDTH;

        private Builder(String id, String title, Orientation orientation) {
            this.id = id;
            this.title = title;
            this.orientation = orientation;
        }

        /** The titles of the category axis (the bars' labels) and of the value axis. */
        public Builder axes(String categoryAxis, String valueAxis) {
            this.categoryAxis = categoryAxis;
            this.valueAxis = valueAxis;
            return this;
        }

        /** The series' names, in the order of each category's values (one series by default). */
        public Builder series(List<String> names) {
            this.series = List.copyOf(names);
            return this;
        }

        /** CSS classes colouring each series (default {@code chart-series-<index>}). */
        public Builder seriesClasses(List<String> classes) {
            this.seriesClasses = List.copyOf(classes);
            return this;
        }

        /** Several series side by side instead of stacked. */
        public Builder grouped() {
            this.stacked = false;
            return this;
        }

        /** Leaves out the table's total column (when the values do not add up to a meaningful total). */
        public Builder withoutTotal() {
            this.showTotal = false;
            return this;
        }

        /** How the table and the tooltips write a value (the axes use compact numbers). */
        public Builder format(SerializableFunction<Long, String> format) {
            this.format = format;
            return this;
        }

        public Builder category(String key, String label, List<Long> values, List<String> links, String totalLink) {
            categories.add(new Category(key, label, List.copyOf(values), links, totalLink));
            return this;
        }

        /** A category of a one-series chart. */
        public Builder category(String key, String label, long value, String link) {
            return category(key, label, List.of(value), null, link);
        }

        /** A table footer row adding up each series, with optional links per series and for the grand total. */
        public Builder totalsRow(String label, List<String> seriesLinks, String grandTotalLink) {
            this.totalsLabel = label;
            this.seriesLinks = seriesLinks;
            this.grandTotalLink = grandTotalLink;
            return this;
        }

        /** Drawn for a wide place (a full-width card) rather than a column. */
        public Builder wide() {
            this.width = WIDE;
            return this;
        }

        /** What to say instead of a chart when there are no categories. */
        public Builder emptyText(String text) {
            this.emptyText = text;
            return this;
        }

        public BarChart build() {
            return new BarChart(this);
        }

        private String seriesClass(int index) {
            return index < seriesClasses.size() ? seriesClasses.get(index) : "chart-series-" + index;
        }
    }
}
