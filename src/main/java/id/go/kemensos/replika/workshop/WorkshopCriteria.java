package id.go.kemensos.replika.workshop;

import java.time.LocalDate;

/** A {@link WorkshopFilter} resolved for SQL, with the user's row-level scope (own unit or own partner). */
record WorkshopCriteria(Long scopeUnitId, Long scopePartnerId, String text, Long coachingUnitId, String province,
        WorkshopStatus status, Long sponsorId, LocalDate revenueSince) {
}
