package id.go.kemensos.replika.workshop.ui;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * A small line chart drawn as SVG on the server (no chart library, no script): one line per series, oldest month on
 * the left. Only numbers reach the SVG; the caption carries the words.
 */
class TrendChart extends Div {

    private static final int WIDTH = 600;
    private static final int HEIGHT = 120;

    <T> TrendChart(String caption, List<T> oldestFirst, ToLongFunction<T> value, String colour) {
        addClassName("trend-chart");
        Div title = new Div(caption);
        title.addClassName("muted");
        add(title);
        Element svg = new Element("svg");
        svg.setAttribute("viewBox", "0 0 " + WIDTH + " " + HEIGHT);
        svg.setAttribute("width", "100%");
        svg.setAttribute("height", String.valueOf(HEIGHT));
        svg.setAttribute("role", "img");
        svg.setAttribute("aria-label", caption);
        long max = oldestFirst.stream().mapToLong(value).max().orElse(0);
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < oldestFirst.size(); i++) {
            double x = oldestFirst.size() == 1 ? WIDTH / 2.0 : i * (WIDTH - 10.0) / (oldestFirst.size() - 1) + 5;
            double y = max == 0 ? HEIGHT - 5 : HEIGHT - 5 - value.applyAsLong(oldestFirst.get(i)) * (HEIGHT - 10.0) / max;
            points.append(String.format(java.util.Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        Element line = new Element("polyline");
        line.setAttribute("points", points.toString().trim());
        line.setAttribute("fill", "none");
        line.setAttribute("stroke", colour);
        line.setAttribute("stroke-width", "3");
        svg.appendChild(line);
        getElement().appendChild(svg);
    }
}
