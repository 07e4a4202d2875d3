package id.go.kemensos.replika.partner;

import java.time.Instant;

/** A whole partner record as the detail view shows it. */
public record PartnerDetails(long id, long version, String companyName, String programmeName, String sector,
        String contactPerson, String email, String phone, boolean active, String createdBy, Instant createdAt,
        String modifiedBy, Instant modifiedAt) {

    /** A fresh edit form holding this record's values. */
    public PartnerForm toForm() {
        PartnerForm form = new PartnerForm();
        form.setCompanyName(companyName);
        form.setProgrammeName(programmeName);
        form.setSector(sector);
        form.setContactPerson(contactPerson);
        form.setEmail(email);
        form.setPhone(phone);
        return form;
    }
}
