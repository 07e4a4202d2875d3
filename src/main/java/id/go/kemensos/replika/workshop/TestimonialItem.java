package id.go.kemensos.replika.workshop;

import java.time.LocalDate;

/** A testimonial as pages show it. */
public record TestimonialItem(long id, Long workshopId, String workshopName, String speakerName,
        String speakerRole, LocalDate saidOn, String text, String event) {
}
