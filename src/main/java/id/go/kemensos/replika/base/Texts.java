package id.go.kemensos.replika.base;

/** Small text rules shared by the services. */
public final class Texts {

    private Texts() {
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
