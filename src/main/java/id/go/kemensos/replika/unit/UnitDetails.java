package id.go.kemensos.replika.unit;

import java.time.Instant;

/** A whole unit record as the detail view shows it. */
public record UnitDetails(long id, long version, String code, String name, UnitType type, UnitRef parent,
        String city, String province, String headName, boolean active, String createdBy, Instant createdAt,
        String modifiedBy, Instant modifiedAt) {

    /** A fresh edit form holding this record's values. */
    public UnitForm toForm() {
        UnitForm form = new UnitForm();
        form.setCode(code);
        form.setName(name);
        form.setType(type);
        form.setParent(parent);
        form.setCity(city);
        form.setProvince(province);
        form.setHeadName(headName);
        return form;
    }
}
