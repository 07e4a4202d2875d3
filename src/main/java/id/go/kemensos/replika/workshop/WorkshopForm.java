package id.go.kemensos.replika.workshop;

import id.go.kemensos.replika.base.validation.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What an operator of the coaching unit (or an administrator) enters for a workshop. */
public class WorkshopForm {

    @NotBlank(message = "workshop.validation.nameRequired")
    @Size(max = WorkshopService.NAME_MAX, message = "validation.tooLong:{max}")
    private String name;

    @Size(max = WorkshopService.VILLAGE_MAX, message = "validation.tooLong:{max}")
    private String village;

    @NotBlank(message = "workshop.validation.regencyRequired")
    @Size(max = WorkshopService.PLACE_MAX, message = "validation.tooLong:{max}")
    private String regency;

    @NotBlank(message = "workshop.validation.provinceRequired")
    @Size(max = WorkshopService.PLACE_MAX, message = "validation.tooLong:{max}")
    private String province;

    @PastOrPresent(message = "workshop.validation.foundedFuture")
    @PlausibleDate
    private LocalDate founded;

    @Size(max = WorkshopService.GROUP_MAX, message = "validation.tooLong:{max}")
    private String selfHelpGroup;

    @PlausibleDate
    private LocalDate mentoringStart;

    @PlausibleDate
    private LocalDate mentoringEnd;

    @Size(max = WorkshopService.LIST_MAX, message = "validation.tooLong:{max}")
    private String mentors;

    @Size(max = WorkshopService.LIST_MAX, message = "validation.tooLong:{max}")
    private String products;

    @NotNull(message = "workshop.validation.statusRequired")
    private WorkshopStatus status;

    @Size(max = WorkshopService.DESCRIPTION_MAX, message = "validation.tooLong:{max}")
    private String description;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getVillage() {
        return village;
    }

    public void setVillage(String village) {
        this.village = village;
    }

    public String getRegency() {
        return regency;
    }

    public void setRegency(String regency) {
        this.regency = regency;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public LocalDate getFounded() {
        return founded;
    }

    public void setFounded(LocalDate founded) {
        this.founded = founded;
    }

    public String getSelfHelpGroup() {
        return selfHelpGroup;
    }

    public void setSelfHelpGroup(String selfHelpGroup) {
        this.selfHelpGroup = selfHelpGroup;
    }

    public LocalDate getMentoringStart() {
        return mentoringStart;
    }

    public void setMentoringStart(LocalDate mentoringStart) {
        this.mentoringStart = mentoringStart;
    }

    public LocalDate getMentoringEnd() {
        return mentoringEnd;
    }

    public void setMentoringEnd(LocalDate mentoringEnd) {
        this.mentoringEnd = mentoringEnd;
    }

    public String getMentors() {
        return mentors;
    }

    public void setMentors(String mentors) {
        this.mentors = mentors;
    }

    public String getProducts() {
        return products;
    }

    public void setProducts(String products) {
        this.products = products;
    }

    public WorkshopStatus getStatus() {
        return status;
    }

    public void setStatus(WorkshopStatus status) {
        this.status = status;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
