package id.go.kemensos.replika.report;

import id.go.kemensos.replika.base.BusinessException;
import id.go.kemensos.replika.base.i18n.Formats;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Locale;

/** The days a report covers, both included: a calendar year or any other range. */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public ReportPeriod {
        if (from == null || to == null || to.isBefore(from)) {
            throw new BusinessException("report.period.invalid", null);
        }
    }

    public static ReportPeriod year(int year) {
        return new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Whether the period is exactly one calendar year. */
    public boolean isYear() {
        return from.getYear() == to.getYear() && MonthDay.from(from).equals(MonthDay.of(1, 1))
                && MonthDay.from(to).equals(MonthDay.of(12, 31));
    }

    /** {@code 1 Januari 2026 – 31 Desember 2026}. */
    public String label(Locale locale) {
        return Formats.date(from, locale) + " – " + Formats.date(to, locale);
    }

    /** For file names: {@code 2026} for a year, otherwise {@code 2026-01-01-2026-06-30}. */
    String fileLabel() {
        return isYear() ? String.valueOf(from.getYear()) : from + "-" + to;
    }
}
