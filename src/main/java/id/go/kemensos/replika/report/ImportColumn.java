package id.go.kemensos.replika.report;

import java.util.List;

/**
 * One column of an import file: its header (fixed, whatever the user's language), the form field it fills, how its
 * cells are read, and what the template says about it.
 *
 * @param name      the header, e.g. {@code parent_code}
 * @param field     the field of the feature's import row that problems are reported on, e.g. {@code parentCode}
 * @param required  shown in the template; the feature's rules decide
 * @param maxLength shown in the template (0: not a text limit)
 * @param values    the allowed codes of an enum column
 * @param valueKey  translation key prefix of those codes, e.g. {@code unit.type.}
 * @param labelKey  translation key of the column's meaning
 * @param noteKey   translation key of a further explanation, or null
 * @param example   the value of the template's example row (dates as {@code yyyy-MM-dd})
 */
public record ImportColumn(String name, String field, Type type, boolean required, int maxLength,
        List<String> values, String valueKey, String labelKey, String noteKey, String example) {

    /** How a cell is read. */
    public enum Type {
        TEXT,
        INTEGER,
        DATE,
        YES_NO,
        CHOICE
    }

    public ImportColumn {
        values = List.copyOf(values);
    }

    static ImportColumn text(String name, String field, boolean required, int maxLength, String labelKey,
            String example) {
        return new ImportColumn(name, field, Type.TEXT, required, maxLength, List.of(), null, labelKey, null, example);
    }

    static ImportColumn of(String name, String field, Type type, boolean required, String labelKey, String example) {
        return new ImportColumn(name, field, type, required, 0, List.of(), null, labelKey, null, example);
    }

    static ImportColumn choice(String name, String field, Enum<?>[] values, String valueKey, String labelKey,
            String example) {
        return new ImportColumn(name, field, Type.CHOICE, true, 0,
                java.util.Arrays.stream(values).map(Enum::name).toList(), valueKey, labelKey, null, example);
    }

    ImportColumn withNote(String key) {
        return new ImportColumn(name, field, type, required, maxLength, values, valueKey, labelKey, key, example);
    }
}
