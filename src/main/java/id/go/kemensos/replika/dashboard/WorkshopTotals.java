package id.go.kemensos.replika.dashboard;

import id.go.kemensos.replika.workshop.MonthTotal;
import id.go.kemensos.replika.workshop.WorkshopStatus;
import java.util.List;
import java.util.Map;

/**
 * Workshops in each status (as they stand now) and their monthly reports added up, oldest month first: the 24
 * months before this one, or the months of one year up to last month.
 */
public record WorkshopTotals(Map<WorkshopStatus, Long> byStatus, List<MonthTotal> months) {

    public long workshops() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    public long revenue() {
        return months.stream().mapToLong(MonthTotal::revenue).sum();
    }

    /** The latest month anyone reported in, or null when nobody did. */
    public MonthTotal latestReported() {
        return months.stream().filter(month -> month.workshops() > 0).reduce((first, second) -> second)
                .orElse(null);
    }
}
