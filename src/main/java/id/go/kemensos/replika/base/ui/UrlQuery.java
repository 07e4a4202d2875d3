package id.go.kemensos.replika.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A view's filters as URL query parameters, so a filtered list can be bookmarked and shared. Reading is lenient:
 * a value that does not parse counts as absent.
 */
public final class UrlQuery {

    private final Map<String, List<String>> read;
    private final Map<String, String> written = new LinkedHashMap<>();

    private UrlQuery(Map<String, List<String>> read) {
        this.read = read;
    }

    public static UrlQuery of(Location location) {
        return new UrlQuery(location.getQueryParameters().getParameters());
    }

    public static UrlQuery empty() {
        return new UrlQuery(Map.of());
    }

    /** The first value of {@code name}, or an empty string. */
    public String text(String name) {
        List<String> values = read.get(name);
        return values == null || values.isEmpty() ? "" : values.get(0);
    }

    public Long number(String name) {
        try {
            return text(name).isBlank() ? null : Long.valueOf(text(name).trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A year between 1900 and 9999, or null. */
    public Integer year(String name) {
        Long value = number(name);
        return value == null || value < 1900 || value > 9999 ? null : value.intValue();
    }

    public boolean flag(String name) {
        return "true".equals(text(name));
    }

    public <E extends Enum<E>> E enumValue(String name, E[] values) {
        return Arrays.stream(values).filter(value -> value.name().equals(text(name))).findFirst().orElse(null);
    }

    /** Adds {@code name=value} to the URL being built, unless the value is null, blank or false. */
    public UrlQuery with(String name, Object value) {
        String text = value instanceof Enum<?> constant ? constant.name() : value == null ? "" : value.toString();
        if (!text.isBlank() && !"false".equals(text)) {
            written.put(name, text.trim());
        }
        return this;
    }

    /** A link to {@code route} with the parameters added so far, e.g. {@code replications?status=DRAFT}. */
    public String href(String route) {
        return new Location(route, QueryParameters.simple(written)).getPathWithQueryParameters();
    }

    /** Replaces the browser's URL without navigating. */
    public void replaceUrl(UI ui, String route) {
        ui.getPage().getHistory().replaceState(null, new Location(route, QueryParameters.simple(written)));
    }
}
