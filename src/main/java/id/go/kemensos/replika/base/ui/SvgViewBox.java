package id.go.kemensos.replika.base.ui;

import com.vaadin.flow.dom.Element;

/**
 * Sets an SVG's {@code viewBox} and {@code preserveAspectRatio}. Flow writes attribute names in lower case, and these
 * two are case-sensitive in SVG (a lower-cased one is silently ignored), so they are set in the browser, each time
 * the element is attached.
 */
public final class SvgViewBox {

    private SvgViewBox() {
    }

    /**
     * @param preserveAspectRatio e.g. {@code xMinYMin meet}, or {@code none} to stretch the drawing to the box
     */
    public static void apply(Element svg, int width, int height, String preserveAspectRatio) {
        String viewBox = "0 0 " + width + " " + height;
        svg.addAttachListener(event -> svg.executeJs(
                "this.setAttribute('viewBox', $0); this.setAttribute('preserveAspectRatio', $1)", viewBox,
                preserveAspectRatio));
    }
}
