package id.go.kemensos.replika.unit;

public enum UnitType {
    MINISTRY,
    DIRECTORATE,
    UPT,
    /** A province's or regency's/city's social office (Dinas Sosial), outside the ministry. */
    REGIONAL_OFFICE
}
