package id.go.kemensos.replika.base.i18n;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and money the Indonesian way: {@code 1 Desember 2026}, {@code Rp 1.234.567}. */
public final class Formats {

    /** Times are shown in Western Indonesia Time, where the ministries sit. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    private Formats() {
    }

    public static String date(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern("d MMMM yyyy", AppI18NProvider.supported(locale)).format(date);
    }

    /** {@code Desember 2026}: a reporting month. */
    public static String monthYear(LocalDate month, Locale locale) {
        if (month == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern("MMMM yyyy", AppI18NProvider.supported(locale)).format(month);
    }

    public static String dateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm", AppI18NProvider.supported(locale))
                .format(instant.atZone(ZONE));
    }

    /** {@code 1 Desember 2026 10.15 WIB}: a moment with its zone, e.g. when a report was made. */
    public static String dateTimeWithZone(Instant instant, Locale locale) {
        return instant == null ? "" : dateTime(instant, locale) + " WIB";
    }

    /** Rupiah without decimals, grouped with dots whatever the UI language: {@code Rp 1.234.567}. */
    public static String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(AppI18NProvider.INDONESIAN);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        String digits = format.format(amount.abs());
        return (amount.signum() < 0 ? "-Rp " : "Rp ") + digits;
    }

    /** A file size for people: {@code 930 B}, {@code 12 KB}, {@code 1,5 MB} (decimal comma in Indonesian). */
    public static String fileSize(long bytes, Locale locale) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(AppI18NProvider.supported(locale), "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    public static String money(long amount) {
        return money(BigDecimal.valueOf(amount));
    }
}
