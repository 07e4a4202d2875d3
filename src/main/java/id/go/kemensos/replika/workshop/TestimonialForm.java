package id.go.kemensos.replika.workshop;

import id.go.kemensos.replika.base.validation.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A testimonial as the coaching unit's operator records it. */
public class TestimonialForm {

    @NotBlank(message = "testimonial.validation.speakerRequired")
    @Size(max = 150, message = "validation.tooLong:{max}")
    private String speakerName;

    @Size(max = 150, message = "validation.tooLong:{max}")
    private String speakerRole;

    @NotNull(message = "testimonial.validation.dateRequired")
    @PastOrPresent(message = "testimonial.validation.dateFuture")
    @PlausibleDate
    private LocalDate saidOn;

    @NotBlank(message = "testimonial.validation.textRequired")
    @Size(max = 2000, message = "validation.tooLong:{max}")
    private String text;

    @Size(max = 200, message = "validation.tooLong:{max}")
    private String event;

    public String getSpeakerName() {
        return speakerName;
    }

    public void setSpeakerName(String speakerName) {
        this.speakerName = speakerName;
    }

    public String getSpeakerRole() {
        return speakerRole;
    }

    public void setSpeakerRole(String speakerRole) {
        this.speakerRole = speakerRole;
    }

    public LocalDate getSaidOn() {
        return saidOn;
    }

    public void setSaidOn(LocalDate saidOn) {
        this.saidOn = saidOn;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getEvent() {
        return event;
    }

    public void setEvent(String event) {
        this.event = event;
    }
}
