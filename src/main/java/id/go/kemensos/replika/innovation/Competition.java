package id.go.kemensos.replika.innovation;

/** Where an award was won: KIPP (to 2023), PKRI (its successor), the Home Ministry's IGA, or another. */
public enum Competition {
    KIPP,
    PKRI,
    IGA,
    OTHER
}
