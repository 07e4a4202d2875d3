package id.go.kemensos.replika.shell;

import com.vaadin.flow.component.html.Anchor;

/** A link to the home page (the route {@code ""}, whose view lives in the dashboard and is never imported). */
final class HomeLink {

    private HomeLink() {
    }

    static Anchor create(String text) {
        Anchor home = new Anchor("", text);
        home.getElement().setAttribute("router-link", true);
        return home;
    }
}
