package id.go.kemensos.replika.unit;

public enum UnitType {
    MINISTRY,
    DIRECTORATE,
    UPT
}
