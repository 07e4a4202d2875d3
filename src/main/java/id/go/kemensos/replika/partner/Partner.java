package id.go.kemensos.replika.partner;

import id.go.kemensos.replika.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A company that sponsors sheltered workshops through its CSR programme. Never deleted, only deactivated. */
@Entity
@Table(name = "partner")
class Partner extends AbstractEntity {

    @Column(name = "company_name", nullable = false, length = PartnerService.COMPANY_MAX)
    private String companyName;

    @Column(name = "programme_name", length = PartnerService.PROGRAMME_MAX)
    private String programmeName;

    @Column(length = PartnerService.SECTOR_MAX)
    private String sector;

    @Column(name = "contact_person", length = PartnerService.CONTACT_MAX)
    private String contactPerson;

    @Column(length = PartnerService.EMAIL_MAX)
    private String email;

    @Column(length = PartnerService.PHONE_MAX)
    private String phone;

    @Column(nullable = false)
    private boolean active = true;

    String getCompanyName() {
        return companyName;
    }

    void setCompanyName(String companyName) {
        this.companyName = companyName;
    }

    String getProgrammeName() {
        return programmeName;
    }

    void setProgrammeName(String programmeName) {
        this.programmeName = programmeName;
    }

    String getSector() {
        return sector;
    }

    void setSector(String sector) {
        this.sector = sector;
    }

    String getContactPerson() {
        return contactPerson;
    }

    void setContactPerson(String contactPerson) {
        this.contactPerson = contactPerson;
    }

    String getEmail() {
        return email;
    }

    void setEmail(String email) {
        this.email = email;
    }

    String getPhone() {
        return phone;
    }

    void setPhone(String phone) {
        this.phone = phone;
    }

    boolean isActive() {
        return active;
    }

    void setActive(boolean active) {
        this.active = active;
    }
}
