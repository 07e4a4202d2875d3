package id.go.kemensos.replika.report;

import id.go.kemensos.replika.base.RowProblem;
import id.go.kemensos.replika.base.Texts;
import id.go.kemensos.replika.base.i18n.AppI18NProvider;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the typed values of one import row, noting a problem for each cell that is not of its column's type (the
 * value is then taken as empty). Whether a value is required, long enough or allowed is the feature's to say.
 */
final class Cells {

    static final String DATE_FORMAT = "YYYY-MM-DD";
    private static final Set<String> YES = Set.of("YA", "YES", "TRUE", "1");
    private static final Set<String> NO = Set.of("TIDAK", "NO", "FALSE", "0");

    private final ImportKind kind;
    private final ImportRow row;
    private final List<RowProblem> problems = new ArrayList<>();

    Cells(ImportKind kind, ImportRow row) {
        this.kind = kind;
        this.row = row;
    }

    /** Problems of the cells read so far, on the fields they fill. */
    List<RowProblem> problems() {
        return List.copyOf(problems);
    }

    /** Trimmed text, or null when the cell is empty. */
    String text(String column) {
        return Texts.blankToNull(row.cell(column));
    }

    Integer integer(String column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            problem(column, "import.error.badNumber", text);
            return null;
        }
    }

    LocalDate date(String column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(column, "import.error.badDate", text, DATE_FORMAT);
            return null;
        }
    }

    /** YA/TIDAK (or YES/NO, TRUE/FALSE, 1/0, in any case); empty means no. */
    boolean yesNo(String column) {
        String text = text(column);
        if (text == null) {
            return false;
        }
        String upper = text.toUpperCase(Locale.ROOT);
        if (!YES.contains(upper) && !NO.contains(upper)) {
            problem(column, "import.error.badYesNo", text);
        }
        return YES.contains(upper);
    }

    /** One of the column's codes, given as the code or as its label in either language; null when empty. */
    <E extends Enum<E>> E choice(String column, Class<E> type) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        ImportColumn spec = column(column);
        for (String value : spec.values()) {
            if (value.equalsIgnoreCase(text)
                    || label(spec, value, AppI18NProvider.INDONESIAN).equalsIgnoreCase(text)
                    || label(spec, value, AppI18NProvider.ENGLISH).equalsIgnoreCase(text)) {
                return Enum.valueOf(type, value);
            }
        }
        problem(column, "import.error.badChoice", text, String.join(", ", spec.values()));
        return null;
    }

    private static String label(ImportColumn spec, String value, Locale locale) {
        return AppI18NProvider.translate(locale, spec.valueKey() + value);
    }

    private ImportColumn column(String name) {
        return kind.columns().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No column " + name + " in " + kind));
    }

    private void problem(String column, String key, Object... args) {
        problems.add(RowProblem.of(column(column).field(), key, args));
    }
}
