package id.go.kemensos.replika.unit;

/** One row of the units grid. */
public record UnitListItem(long id, String code, String name, UnitType type, String parentName, String city,
        String province, boolean active) {
}
