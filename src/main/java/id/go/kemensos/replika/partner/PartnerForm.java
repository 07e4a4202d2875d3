package id.go.kemensos.replika.partner;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a user may enter for a CSR partner; bound by the form, validated again by {@link PartnerService}. */
public class PartnerForm {

    @NotBlank(message = "partner.validation.nameRequired")
    @Size(max = PartnerService.COMPANY_MAX, message = "validation.tooLong:{max}")
    private String companyName;

    @Size(max = PartnerService.PROGRAMME_MAX, message = "validation.tooLong:{max}")
    private String programmeName;

    @Size(max = PartnerService.SECTOR_MAX, message = "validation.tooLong:{max}")
    private String sector;

    @Size(max = PartnerService.CONTACT_MAX, message = "validation.tooLong:{max}")
    private String contactPerson;

    /** Empty means no email. */
    @Size(max = PartnerService.EMAIL_MAX, message = "validation.tooLong:{max}")
    @Email(message = "partner.validation.email")
    private String email;

    @Size(max = PartnerService.PHONE_MAX, message = "validation.tooLong:{max}")
    @Pattern(regexp = "[0-9 +()\\-]*", message = "partner.validation.phone")
    private String phone;

    public String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(String companyName) {
        this.companyName = companyName;
    }

    public String getProgrammeName() {
        return programmeName;
    }

    public void setProgrammeName(String programmeName) {
        this.programmeName = programmeName;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(String contactPerson) {
        this.contactPerson = contactPerson;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
