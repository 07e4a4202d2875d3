package id.go.kemensos.replika.workshop;

import id.go.kemensos.replika.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** What someone said about a workshop (or an innovation), at an event. */
@Entity
@Table(name = "testimonial")
class Testimonial extends AbstractEntity {

    @Column(name = "workshop_id")
    private Long workshopId;

    @Column(name = "innovation_id")
    private Long innovationId;

    @Column(name = "speaker_name", nullable = false, length = 150)
    private String speakerName;

    @Column(name = "speaker_role", length = 150)
    private String speakerRole;

    @Column(name = "said_on", nullable = false)
    private LocalDate saidOn;

    @Column(nullable = false, length = 2000)
    private String text;

    @Column(length = 200)
    private String event;

    Testimonial() {
    }

    Testimonial(long workshopId, TestimonialForm form) {
        this.workshopId = workshopId;
        this.speakerName = form.getSpeakerName().strip();
        this.speakerRole = id.go.kemensos.replika.base.Texts.blankToNull(form.getSpeakerRole());
        this.saidOn = form.getSaidOn();
        this.text = form.getText().strip();
        this.event = id.go.kemensos.replika.base.Texts.blankToNull(form.getEvent());
    }

    TestimonialItem toItem(String workshopName) {
        return new TestimonialItem(getId(), workshopId, workshopName, speakerName, speakerRole, saidOn, text, event);
    }

    Long getWorkshopId() {
        return workshopId;
    }
}
