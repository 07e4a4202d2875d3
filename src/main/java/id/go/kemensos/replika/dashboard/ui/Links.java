package id.go.kemensos.replika.dashboard.ui;

/**
 * The routes of the grids the figures link to. Their filters are the parameters each list view reads from its URL
 * (see {@code UrlQuery} in those views); the dashboard view tests follow the links to keep both in step.
 */
final class Links {

    static final String REPLICATIONS = "replications";
    static final String INNOVATIONS = "innovations";
    static final String WORKSHOPS = "workshops";

    private Links() {
    }
}
