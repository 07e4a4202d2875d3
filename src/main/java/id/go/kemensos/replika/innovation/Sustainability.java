package id.go.kemensos.replika.innovation;

/** Whether the innovation still runs. */
public enum Sustainability {
    ACTIVE,
    DORMANT,
    STOPPED
}
