package id.go.kemensos.replika.innovation;

/** The competition group an award was entered in. */
public enum AwardGroup {
    GENERAL,
    REPLICATION,
    SPECIAL
}
