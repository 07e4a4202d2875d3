package id.go.kemensos.replika.document;

import java.text.Normalizer;
import java.util.Locale;

/** The uploader's file name, made safe to store, display and offer as a download name. */
final class FileNames {

    static final int DISPLAY_MAX = 150;
    static final String FALLBACK_BASE = "dokumen";

    private FileNames() {
    }

    /** Lower-case text after the last dot of the name's last path segment; empty when there is none. */
    static String extension(String originalFileName) {
        String name = lastSegment(originalFileName);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * The name without any path, with only letters, digits, spaces, dots, dashes, underscores and parentheses,
     * single spaces, at most {@value #DISPLAY_MAX} characters, ending in {@code .extension}; never empty.
     */
    static String displayName(String originalFileName, String extension) {
        String name = lastSegment(originalFileName);
        int dot = name.lastIndexOf('.');
        String base = Normalizer.normalize(dot < 0 ? name : name.substring(0, dot), Normalizer.Form.NFC)
                .replaceAll("\\p{Zs}", " ")
                .replaceAll("[^\\p{L}\\p{Nd} ._()-]", "")
                .replaceAll(" {2,}", " ");
        String suffix = "." + extension;
        base = trimDotsAndSpaces(truncate(trimDotsAndSpaces(base), DISPLAY_MAX - suffix.length()));
        return (base.isEmpty() ? FALLBACK_BASE : base) + suffix;
    }

    private static String lastSegment(String name) {
        String text = name == null ? "" : name;
        return text.substring(Math.max(text.lastIndexOf('/'), text.lastIndexOf('\\')) + 1).strip();
    }

    /** Leading dots would hide the file on some systems; trailing ones and spaces are dropped by others. */
    private static String trimDotsAndSpaces(String text) {
        return text.replaceAll("^[. ]+|[. ]+$", "");
    }

    private static String truncate(String text, int maxCodePoints) {
        return text.codePointCount(0, text.length()) <= maxCodePoints
                ? text
                : text.substring(0, text.offsetByCodePoints(0, maxCodePoints));
    }
}
