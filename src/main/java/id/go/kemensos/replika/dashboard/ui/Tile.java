package id.go.kemensos.replika.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

/** One headline figure as a link to the grid it counts: a big number over its meaning. */
final class Tile extends Anchor {

    Tile(String id, String number, String label, String href) {
        setHref(href);
        setId(id);
        addClassName("dashboard-tile");
        getElement().setAttribute("router-link", true);
        Span value = new Span(number);
        value.setId(id + "-value");
        value.addClassName("dashboard-tile-value");
        Span meaning = new Span(label);
        meaning.addClassName("dashboard-tile-label");
        add(value, meaning);
    }
}
