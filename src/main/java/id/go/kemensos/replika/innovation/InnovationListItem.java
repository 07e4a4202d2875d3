package id.go.kemensos.replika.innovation;

/** One row of the innovations grid, read in the same query as the page. */
public record InnovationListItem(long id, String code, String title, String unitName, String province, Stage stage,
        Sustainability sustainability, Competition bestAwardCompetition, Integer bestAwardYear,
        AwardLevel bestAwardLevel, boolean endorsed) {
}
