package id.go.kemensos.replika.base;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text rules shared by the services. */
public final class Texts {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private Texts() {
    }

    /**
     * A value as the database's collation ({@code utf8mb4_general_ci}) compares it: trimmed (as stored), without
     * case or accents, so "Kafe" and "KAFÉ " give the same key. Java checks for duplicates use it, so they refuse
     * what a unique key would.
     */
    public static String matchKey(String text) {
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** A name for ids and file names: {@code Jawa Tengah} becomes {@code jawa-tengah} (may be empty). */
    public static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /** Trimmed text, or null when there is nothing but blanks. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /**
     * A "contains" pattern for JPQL {@code like ... escape '!'}, with the user's {@code %}, {@code _} and {@code !}
     * taken literally; null when there is nothing to search for. '!' rather than a backslash works whatever the
     * server's {@code NO_BACKSLASH_ESCAPES} setting.
     */
    public static String containsPattern(String text) {
        String trimmed = blankToNull(text);
        if (trimmed == null) {
            return null;
        }
        return "%" + trimmed.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
