package id.go.kemensos.replika.unit;

import id.go.kemensos.replika.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A ministry, directorate or technical implementation unit (UPT, "sentra"). Never deleted, only deactivated. */
@Entity
@Table(name = "unit")
class Unit extends AbstractEntity {

    @Column(nullable = false, length = UnitService.CODE_MAX)
    private String code;

    @Column(nullable = false, length = UnitService.NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private UnitType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Unit parent;

    @Column(length = UnitService.PLACE_MAX)
    private String city;

    @Column(length = UnitService.PLACE_MAX)
    private String province;

    @Column(name = "head_name", length = UnitService.HEAD_MAX)
    private String headName;

    @Column(nullable = false)
    private boolean active = true;

    /** The values a form sets, to tell whether applying one changed anything. */
    List<Object> formValues() {
        return Arrays.asList(code, name, type, parent == null ? null : parent.getId(), city, province, headName);
    }

    String getCode() {
        return code;
    }

    void setCode(String code) {
        this.code = code;
    }

    String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    UnitType getType() {
        return type;
    }

    void setType(UnitType type) {
        this.type = type;
    }

    Unit getParent() {
        return parent;
    }

    void setParent(Unit parent) {
        this.parent = parent;
    }

    String getCity() {
        return city;
    }

    void setCity(String city) {
        this.city = city;
    }

    String getProvince() {
        return province;
    }

    void setProvince(String province) {
        this.province = province;
    }

    String getHeadName() {
        return headName;
    }

    void setHeadName(String headName) {
        this.headName = headName;
    }

    boolean isActive() {
        return active;
    }

    void setActive(boolean active) {
        this.active = active;
    }
}
