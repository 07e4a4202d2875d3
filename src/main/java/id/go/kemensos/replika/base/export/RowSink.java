package id.go.kemensos.replika.base.export;

import id.go.kemensos.replika.base.i18n.AppI18NProvider;
import id.go.kemensos.replika.base.i18n.Formats;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/** One file being written: the header, then rows, then {@link #finish()}; {@link #close()} always frees it. */
abstract class RowSink<T> implements AutoCloseable {

    protected final List<ExportColumn<T>> columns;
    protected final Locale locale;

    RowSink(List<ExportColumn<T>> columns, Locale locale) {
        this.columns = columns;
        this.locale = locale;
    }

    abstract void header() throws IOException;

    abstract void row(T row) throws IOException;

    abstract void finish() throws IOException;

    @Override
    public abstract void close() throws IOException;

    protected String translate(String key) {
        return AppI18NProvider.translate(locale, key);
    }

    /** The cell's text for TEXT and LABEL columns (a label's key translated); null stays null. */
    protected String text(ExportColumn<T> column, Object value) {
        if (value == null) {
            return null;
        }
        return column.kind() == CellKind.LABEL ? translate(value.toString()) : value.toString();
    }

    static BigDecimal number(Object value) {
        return switch (value) {
            case BigDecimal decimal -> decimal;
            case BigInteger integer -> new BigDecimal(integer);
            case Long l -> BigDecimal.valueOf(l);
            case Integer i -> BigDecimal.valueOf(i);
            case Short s -> BigDecimal.valueOf(s);
            case Byte b -> BigDecimal.valueOf(b);
            case Number n -> BigDecimal.valueOf(n.doubleValue());
            default -> throw new IllegalArgumentException("Not a number: " + value.getClass().getName());
        };
    }

    static LocalDate date(Object value) {
        return switch (value) {
            case LocalDate day -> day;
            case LocalDateTime moment -> moment.toLocalDate();
            case Instant instant -> instant.atZone(Formats.ZONE).toLocalDate();
            default -> throw new IllegalArgumentException("Not a date: " + value.getClass().getName());
        };
    }

    /** A moment as the wall-clock time in Western Indonesia Time. */
    static LocalDateTime dateTime(Object value) {
        return switch (value) {
            case Instant instant -> LocalDateTime.ofInstant(instant, Formats.ZONE);
            case LocalDateTime moment -> moment;
            case LocalDate day -> day.atStartOfDay();
            default -> throw new IllegalArgumentException("Not a moment: " + value.getClass().getName());
        };
    }
}
