package id.go.kemensos.replika.workshop;

import java.time.LocalDate;

/** A sponsorship as pages list it. */
public record SponsorshipItem(long id, long partnerId, String partnerName, long workshopId, String workshopName,
        LocalDate startDate, LocalDate endDate, long amount, SponsorshipKind kind, String description) {
}
