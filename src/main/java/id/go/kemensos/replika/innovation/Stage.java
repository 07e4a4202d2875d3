package id.go.kemensos.replika.innovation;

/** Maturity of an innovation, after PermenPANRB 91/2021 and the IGA stages. */
public enum Stage {
    INITIATIVE,
    TRIAL,
    IMPLEMENTED,
    INSTITUTIONALISED
}
