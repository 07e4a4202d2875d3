package id.go.kemensos.replika.workshop;

import java.time.LocalDate;

/** A workshop with the figures of its latest monthly report; the figures are null when it never reported. */
public record WorkshopLatest(long id, String name, WorkshopStatus status, LocalDate month, Integer members,
        Long revenue) {
}
