package id.go.kemensos.replika.audit;

import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import id.go.kemensos.replika.base.AbstractEntity;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * An entry's details as JSON text: small values only. Secrets are masked by the property's name, associations
 * are written as their ids, long texts are shortened.
 */
final class Details {

    /** Written instead of the value of a property named like a password, hash, secret or token. */
    static final String MASK = "***";
    static final int VALUE_MAX = 2000;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern SECRET = Pattern.compile(".*(password|hash|secret|token).*");

    private Details() {
    }

    static boolean isSecret(String name) {
        return SECRET.matcher(name.toLowerCase(Locale.ROOT)).matches();
    }

    /** A property's value as it goes into the details. */
    static Object value(String name, Object value) {
        if (value == null) {
            return null;
        }
        if (isSecret(name)) {
            return MASK;
        }
        if (value instanceof AbstractEntity entity) {
            return entity.getId();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof byte[]) {
            return "<binary>";
        }
        if (value instanceof Collection<?> collection) {
            return "<" + collection.size() + " items>";
        }
        String text = value instanceof TemporalAccessor ? value.toString() : String.valueOf(value);
        return text.length() <= VALUE_MAX ? text : text.substring(0, VALUE_MAX) + "…";
    }

    static String toJson(Map<String, ?> details) {
        return details == null || details.isEmpty() ? null : JSON.writeValueAsString(details);
    }

    /** The details as a map in their written order; empty when there are none or they do not parse. */
    static Map<String, Object> parse(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {
            });
        } catch (JacksonException e) {
            return Map.of();
        }
    }
}
