package id.go.kemensos.replika.unit;

/** Criteria of the units grid; null or blank means "any". */
public record UnitFilter(String text, UnitType type, String province, boolean includeInactive) {

    public static UnitFilter all() {
        return new UnitFilter(null, null, null, true);
    }
}
