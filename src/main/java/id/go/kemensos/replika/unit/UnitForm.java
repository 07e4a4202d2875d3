package id.go.kemensos.replika.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a user may enter for a unit; bound by the form, validated again by {@link UnitService}. */
public class UnitForm {

    @NotBlank(message = "unit.validation.codeRequired")
    @Size(max = UnitService.CODE_MAX, message = "validation.tooLong:{max}")
    private String code;

    @NotBlank(message = "unit.validation.nameRequired")
    @Size(max = UnitService.NAME_MAX, message = "validation.tooLong:{max}")
    private String name;

    @NotNull(message = "unit.validation.typeRequired")
    private UnitType type;

    private UnitRef parent;

    @Size(max = UnitService.PLACE_MAX, message = "validation.tooLong:{max}")
    private String city;

    @Size(max = UnitService.PLACE_MAX, message = "validation.tooLong:{max}")
    private String province;

    @Size(max = UnitService.HEAD_MAX, message = "validation.tooLong:{max}")
    private String headName;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public UnitType getType() {
        return type;
    }

    public void setType(UnitType type) {
        this.type = type;
    }

    public UnitRef getParent() {
        return parent;
    }

    public void setParent(UnitRef parent) {
        this.parent = parent;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public String getHeadName() {
        return headName;
    }

    public void setHeadName(String headName) {
        this.headName = headName;
    }
}
