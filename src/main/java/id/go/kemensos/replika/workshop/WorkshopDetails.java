package id.go.kemensos.replika.workshop;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A workshop as its page shows it: the record, the last 24 months of figures, the sponsorships the user may see
 * (a CSR partner only its own), testimonials, and what the user may do.
 */
public record WorkshopDetails(long id, long version, String code, String name, long coachingUnitId, String coachingUnitName,
        String village, String regency, String province, LocalDate founded, String selfHelpGroup,
        LocalDate mentoringStart, LocalDate mentoringEnd, String mentors, String products, WorkshopStatus status,
        String description, List<WorkshopReportItem> reports, List<SponsorshipItem> sponsorships,
        List<TestimonialItem> testimonials, boolean mayEdit, boolean mayManageSponsorships,
        boolean mayReadDocuments, String createdBy,
        Instant createdAt, String modifiedBy, Instant modifiedAt) {

    public WorkshopForm toForm() {
        WorkshopForm form = new WorkshopForm();
        form.setName(name);
        form.setVillage(village);
        form.setRegency(regency);
        form.setProvince(province);
        form.setFounded(founded);
        form.setSelfHelpGroup(selfHelpGroup);
        form.setMentoringStart(mentoringStart);
        form.setMentoringEnd(mentoringEnd);
        form.setMentors(mentors);
        form.setProducts(products);
        form.setStatus(status);
        form.setDescription(description);
        return form;
    }
}
