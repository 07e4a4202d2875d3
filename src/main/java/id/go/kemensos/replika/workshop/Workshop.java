package id.go.kemensos.replika.workshop;

import id.go.kemensos.replika.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A Care Sheltered Workshop (SWP), coached by one UPT. Only aggregate figures are kept, never persons. */
@Entity
@Table(name = "workshop")
class Workshop extends AbstractEntity {

    /** {@code SW-0001}: given once, never changed; an import matches workshops by it. */
    @Column(nullable = false, length = WorkshopService.CODE_MAX, updatable = false)
    private String code;

    @Column(nullable = false, length = WorkshopService.NAME_MAX)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "coaching_unit_id", nullable = false)
    private CoachingUnit coachingUnit;

    @Column(length = WorkshopService.VILLAGE_MAX)
    private String village;

    @Column(nullable = false, length = WorkshopService.PLACE_MAX)
    private String regency;

    @Column(nullable = false, length = WorkshopService.PLACE_MAX)
    private String province;

    private LocalDate founded;

    @Column(name = "self_help_group", length = WorkshopService.GROUP_MAX)
    private String selfHelpGroup;

    @Column(name = "mentoring_start")
    private LocalDate mentoringStart;

    @Column(name = "mentoring_end")
    private LocalDate mentoringEnd;

    @Column(length = WorkshopService.LIST_MAX)
    private String mentors;

    @Column(length = WorkshopService.LIST_MAX)
    private String products;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private WorkshopStatus status;

    @Column(length = WorkshopService.DESCRIPTION_MAX)
    private String description;

    Workshop() {
    }

    Workshop(String code) {
        this.code = code;
    }

    String getCode() {
        return code;
    }

    CoachingUnit getCoachingUnit() {
        return coachingUnit;
    }

    void setCoachingUnit(CoachingUnit coachingUnit) {
        this.coachingUnit = coachingUnit;
    }

    String getName() {
        return name;
    }

    String getVillage() {
        return village;
    }

    String getRegency() {
        return regency;
    }

    String getProvince() {
        return province;
    }

    LocalDate getFounded() {
        return founded;
    }

    String getSelfHelpGroup() {
        return selfHelpGroup;
    }

    LocalDate getMentoringStart() {
        return mentoringStart;
    }

    LocalDate getMentoringEnd() {
        return mentoringEnd;
    }

    String getMentors() {
        return mentors;
    }

    String getProducts() {
        return products;
    }

    WorkshopStatus getStatus() {
        return status;
    }

    String getDescription() {
        return description;
    }

    /** The values a form sets, to tell whether applying one changed anything. */
    List<Object> formValues() {
        return Arrays.asList(name, village, regency, province, founded, selfHelpGroup, mentoringStart, mentoringEnd,
                mentors, products, status, description);
    }

    void apply(WorkshopForm form) {
        name = form.getName().strip();
        village = id.go.kemensos.replika.base.Texts.blankToNull(form.getVillage());
        regency = form.getRegency().strip();
        province = form.getProvince().strip();
        founded = form.getFounded();
        selfHelpGroup = id.go.kemensos.replika.base.Texts.blankToNull(form.getSelfHelpGroup());
        mentoringStart = form.getMentoringStart();
        mentoringEnd = form.getMentoringEnd();
        mentors = id.go.kemensos.replika.base.Texts.blankToNull(form.getMentors());
        products = id.go.kemensos.replika.base.Texts.blankToNull(form.getProducts());
        status = form.getStatus();
        description = id.go.kemensos.replika.base.Texts.blankToNull(form.getDescription());
    }
}
