package id.go.kemensos.replika.unit;

/** A unit as other features and pickers refer to it. */
public record UnitRef(long id, String code, String name) {

    public String label() {
        return name + " (" + code + ")";
    }
}
