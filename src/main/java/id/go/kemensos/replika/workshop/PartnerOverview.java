package id.go.kemensos.replika.workshop;

import java.util.List;
import java.util.Map;

/**
 * A CSR partner's home: its sponsored workshops with headline figures, its sponsorship totals by year and kind,
 * and the latest testimonials about those workshops. Only the partner's own data.
 */
public record PartnerOverview(List<Headline> workshops, Map<Integer, Map<SponsorshipKind, Long>> totalsByYear,
        List<TestimonialItem> testimonials) {

    /** Members now (latest month), revenue this year so far and the same months of last year. */
    public record Headline(long workshopId, String name, String regency, WorkshopStatus status, Integer membersNow,
            long revenueThisYear, long revenueSamePeriodLastYear) {

        /** Change against last year in percent, or null when there is nothing to compare with. */
        public Integer changePercent() {
            if (revenueSamePeriodLastYear == 0) {
                return null;
            }
            return (int) Math.round((revenueThisYear - revenueSamePeriodLastYear) * 100.0
                    / revenueSamePeriodLastYear);
        }
    }
}
