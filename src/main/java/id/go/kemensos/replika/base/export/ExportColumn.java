package id.go.kemensos.replika.base.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;

/**
 * One column of an export: its header (a message key, translated when written), what it holds, and how to read
 * the value from a row. A null value is an empty cell.
 */
public record ExportColumn<T>(String headerKey, CellKind kind, Function<? super T, ?> value) {

    public ExportColumn {
        Objects.requireNonNull(headerKey);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(value);
    }

    public static <T> ExportColumn<T> text(String headerKey, Function<? super T, String> value) {
        return new ExportColumn<>(headerKey, CellKind.TEXT, value);
    }

    /** Text from a message key, e.g. {@code item -> "replication.status." + item.status().name()}. */
    public static <T> ExportColumn<T> label(String headerKey, Function<? super T, String> messageKey) {
        return new ExportColumn<>(headerKey, CellKind.LABEL, messageKey);
    }

    public static <T> ExportColumn<T> integer(String headerKey, Function<? super T, ? extends Number> value) {
        return new ExportColumn<>(headerKey, CellKind.INTEGER, value);
    }

    public static <T> ExportColumn<T> decimal(String headerKey, Function<? super T, ? extends Number> value) {
        return new ExportColumn<>(headerKey, CellKind.DECIMAL, value);
    }

    public static <T> ExportColumn<T> money(String headerKey, Function<? super T, ? extends Number> value) {
        return new ExportColumn<>(headerKey, CellKind.MONEY, value);
    }

    public static <T> ExportColumn<T> date(String headerKey, Function<? super T, LocalDate> value) {
        return new ExportColumn<>(headerKey, CellKind.DATE, value);
    }

    public static <T> ExportColumn<T> dateTime(String headerKey, Function<? super T, Instant> value) {
        return new ExportColumn<>(headerKey, CellKind.DATETIME, value);
    }

    Object read(T row) {
        return value.apply(row);
    }
}
