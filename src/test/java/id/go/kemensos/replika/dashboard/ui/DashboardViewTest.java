package id.go.kemensos.replika.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import id.go.kemensos.replika.IntegrationTest;
import id.go.kemensos.replika.base.i18n.AppI18NProvider;
import id.go.kemensos.replika.base.ui.BarChart;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Each role's home shows its dashboard, and a figure's link opens the grid it summarises with the same filter, so
 * the grid counts what the figure says. Relative to whatever the database holds (other tests add records).
 */
@IntegrationTest
class DashboardViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("direktur")
    void aDirectorsFiguresOpenTheirGridsFiltered() {
        home();
        assertThat(find(Component.class).withId("dashboard-director").all()).hasSize(1);
        assertThat(find(Component.class).withId("dashboard-operator").all()).isEmpty();

        assertLeadsToGridWithCount("dashboard-replications", "replications", "replication-grid");
        assertLeadsToGridWithCount("dashboard-overdue", "replications?overdue=true", "replication-grid");
        assertLeadsToGridWithCount("dashboard-funnel-IMPLEMENTING-0", "replications?status=IMPLEMENTING",
                "replication-grid");
        assertLeadsToGridWithCount("dashboard-units-10-total", "replications?adopting=10", "replication-grid");
        assertLeadsToGridWithCount("dashboard-units-10-0", "replications?adopting=10&status=DRAFT,SUBMITTED,APPROVED",
                "replication-grid");
        assertLeadsToGridWithCount("dashboard-provinces-jawa-tengah-total", "replications?province=Jawa Tengah",
                "replication-grid");
        assertLeadsToGridWithCount("dashboard-stages-IMPLEMENTED-1", "innovations?stage=IMPLEMENTED&sustainability=DORMANT",
                "innovation-grid");
        assertLeadsToGridWithCount("dashboard-stages-total-2", "innovations?sustainability=STOPPED", "innovation-grid");
        assertLeadsToGridWithCount("dashboard-awards-2022-0", "innovations?level=TOP_99&from=2022&to=2022",
                "innovation-grid");
        assertLeadsToGridWithCount("dashboard-workshop-status-MENTORING-0", "workshops?status=MENTORING",
                "workshop-grid");
        assertLeadsToGridWithCount("dashboard-workshops", "workshops", "workshop-grid");
    }

    @Test
    @WithUserDetails("panrb")
    void panrbAndAdministratorsHaveTheDirectorsDashboard() {
        home();
        assertThat(find(Component.class).withId("dashboard-director").all()).hasSize(1);
        assertThat(find(BarChart.class).all()).extracting(chart -> chart.getId().orElseThrow())
                .contains("dashboard-funnel", "dashboard-units", "dashboard-provinces", "dashboard-stages",
                        "dashboard-awards", "dashboard-workshop-status", "dashboard-revenue",
                        "dashboard-member-months");
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorsHomeIsTheDirectorsDashboard() {
        home();
        assertThat(find(Component.class).withId("dashboard-director").all()).hasSize(1);
        assertThat(find(H2.class).withId("home-greeting").single().getText()).isEqualTo(
                "Selamat datang, Administrator Sistem");
    }

    @Test
    @WithUserDetails("kartini")
    void anOperatorsHomeShowsWhatWaitsAndLinksToTheirFilteredGrids() {
        home();
        assertThat(find(Component.class).withId("dashboard-operator").all()).hasSize(1);
        assertThat(find(Component.class).withId("dashboard-director").all()).isEmpty();

        assertLeadsToGridWithCount("dashboard-action-drafts", "replications?adopting=10&status=DRAFT",
                "replication-grid");
        assertLeadsToGridWithCount("dashboard-action-approved", "replications?adopting=10&status=APPROVED",
                "replication-grid");
        assertLeadsToGridWithCount("dashboard-action-due", "replications?adopting=10&due=true", "replication-grid");
        follow("replications?adopting=10&due=true");
        assertThat(find(Checkbox.class).withId("replication-filter-due").single().getValue())
                .as("the grid shows the filter it applies").isTrue();
        assertLeadsToGridWithCount("dashboard-action-overdue", "replications?adopting=10&overdue=true",
                "replication-grid");
        assertLeadsToGridWithCount("dashboard-unit-replications-IMPLEMENTING-0",
                "replications?adopting=10&status=IMPLEMENTING", "replication-grid");
        assertLeadsToGridWithCount("dashboard-unit-replications-IMPLEMENTING-1",
                "replications?origin=10&status=IMPLEMENTING", "replication-grid");
        assertLeadsToGridWithCount("dashboard-unit-replications-DRAFT-total", "replications?status=DRAFT",
                "replication-grid");

        home();
        Anchor all = find(Anchor.class).withId("dashboard-unit-workshops-all").single();
        Matcher count = Pattern.compile("\\((\\d+)\\)").matcher(all.getText());
        assertThat(count.find()).isTrue();
        follow(all.getHref());
        assertThat(test(find(Grid.class).withId("workshop-grid").single()).size())
                .isEqualTo(Integer.parseInt(count.group(1)));
    }

    @Test
    @WithUserDetails("mitra1")
    void aCsrPartnersHomeIsItsCompanyPage() {
        home();
        assertThat(find(Component.class).withId("partner-home-title").all()).hasSize(1);
        assertThat(find(Component.class).withId("dashboard-director").all()).isEmpty();
    }

    @Test
    @WithUserDetails("direktur")
    void aChartIsAnImageWithATextLabelAndATableThatCanBeShown() {
        home();
        BarChart funnel = find(BarChart.class).withId("dashboard-funnel").single();
        Element svg = svgOf(funnel);
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("aria-label")).startsWith("Replikasi menurut status. Draf: ");
        assertThat(funnel.getElement().getTextRecursively()).contains("Replikasi menurut status", "Status",
                "Replikasi");

        NativeTable table = funnel.getTable();
        assertThat(table.getCaptionText()).isEqualTo("Replikasi menurut status");
        assertThat(table.getBody().getChildren().count()).isEqualTo(7);
        assertThat(table.hasClassName("visually-hidden")).as("read by screen readers, hidden on screen").isTrue();
        Button toggle = find(Button.class).withId("dashboard-funnel-toggle").single();
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        test(toggle).click();
        assertThat(table.hasClassName("visually-hidden")).isFalse();
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(toggle.getText()).isEqualTo("Sembunyikan tabel");

        BarChart revenue = find(BarChart.class).withId("dashboard-revenue").single();
        assertThat(svgOf(revenue).getAttribute("aria-label")).as("24 months: the label points to the table")
                .contains("tabel");
    }

    @Test
    @WithUserDetails("direktur")
    void theDashboardSpeaksEnglishToo() {
        UI.getCurrent().setLocale(AppI18NProvider.ENGLISH);
        home();
        BarChart funnel = find(BarChart.class).withId("dashboard-funnel").single();
        assertThat(funnel.getTable().getCaptionText()).isEqualTo("Replications by status");
        assertThat(svgOf(funnel).getAttribute("aria-label")).startsWith("Replications by status. Draft: ");
        assertThat(find(Button.class).withId("dashboard-funnel-toggle").single().getText()).isEqualTo("Show as table");
        assertThat(find(Anchor.class).withId("dashboard-overdue").single().getElement().getTextRecursively())
                .contains("Monitoring reports overdue");
    }

    private void home() {
        UI.getCurrent().navigate("");
    }

    /**
     * Reads the figure on the link, checks the link's target and filter, follows it, and checks that the grid there
     * counts the same; then returns home.
     */
    private void assertLeadsToGridWithCount(String anchorId, String expectedHref, String gridId) {
        home();
        Anchor link = find(Anchor.class).withId(anchorId).single();
        assertThat(route(link.getHref())).as(anchorId).isEqualTo(route(expectedHref));
        long figure = Long.parseLong(number(link).replaceAll("[^0-9]", ""));
        follow(link.getHref());
        assertThat((long) test(find(Grid.class).withId(gridId).single()).size()).as(anchorId + " → " + expectedHref)
                .isEqualTo(figure);
        home();
    }

    /** A tile shows its number in a child; a table link is the number. */
    private String number(Anchor link) {
        List<Component> value = find(Component.class).withId(link.getId().orElseThrow() + "-value").all();
        return value.isEmpty() ? link.getText() : value.get(0).getElement().getText();
    }

    /** The route and its parameters, decoded. */
    private static String route(String href) {
        int question = href.indexOf('?');
        return question < 0 ? href : href.substring(0, question) + " "
                + new java.util.TreeMap<>(QueryParameters.fromString(href.substring(question + 1)).getParameters());
    }

    private void follow(String href) {
        int question = href.indexOf('?');
        UI.getCurrent().navigate(question < 0 ? href : href.substring(0, question), question < 0
                ? QueryParameters.empty() : QueryParameters.fromString(href.substring(question + 1)));
    }

    private static Element svgOf(BarChart chart) {
        return chart.getElement().getChildren().filter(element -> !element.isTextNode())
                .flatMap(Element::getChildren)
                .filter(element -> !element.isTextNode() && element.getTag().equals("svg")).findFirst().orElseThrow();
    }
}
