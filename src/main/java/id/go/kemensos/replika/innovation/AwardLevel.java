package id.go.kemensos.replika.innovation;

/** How far an innovation got in a competition; a higher rank is a better result. */
public enum AwardLevel {
    REGISTERED(1),
    TOP_99(2),
    TOP_45(3),
    OUTSTANDING(4),
    WINNER(5);

    private final int rank;

    AwardLevel(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }
}
