package id.go.kemensos.replika.workshop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import id.go.kemensos.replika.IntegrationTest;
import id.go.kemensos.replika.base.i18n.Formats;
import id.go.kemensos.replika.shell.NotFoundView;
import id.go.kemensos.replika.workshop.WorkshopListItem;
import id.go.kemensos.replika.workshop.WorkshopReportItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** Workshop pages per role, without a browser. */
@IntegrationTest
class WorkshopViewsTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("direktur")
    void aDirectorBrowsesAndFiltersAllWorkshopsReadOnly() {
        navigate(WorkshopListView.class);
        assertThat(test(grid()).size()).isGreaterThanOrEqualTo(15);
        assertThat(find(Button.class).withId("workshop-new").all()).isEmpty();
        UI.getCurrent().navigate("workshops", QueryParameters.fromString("q=Kinasih"));
        assertThat(rows()).singleElement().extracting(WorkshopListItem::name).isEqualTo("Rumah Kinasih");
        UI.getCurrent().navigate("workshops/1");
        assertThat(find(TextField.class).withId("workshop-name").single().isReadOnly()).isTrue();
        assertThat(find(Button.class).withId("workshop-report-add").all()).isEmpty();
    }

    @Test
    @WithUserDetails("kartini")
    void theCoachingOperatorMayRecordFigures() {
        UI.getCurrent().navigate("workshops/2");
        assertThat(find(TextField.class).withId("workshop-name").single().getValue()).isEqualTo("Batik Barokah");
        assertThat(find(Button.class).withId("workshop-report-add").all()).hasSize(1);
        assertThat(find(Button.class).withId("testimonial-add").all()).hasSize(1);
    }

    @Test
    @WithUserDetails("mitra1")
    void aPartnerSeesItsWorkshopsAndNotFoundForOthers() {
        navigate(WorkshopListView.class);
        assertThat(rows()).extracting(WorkshopListItem::name).contains("Batik Barokah")
                .doesNotContain("Rumah Kinasih");
        UI.getCurrent().navigate("workshops/2");
        assertThat(find(TextField.class).withId("workshop-name").single().getValue()).isEqualTo("Batik Barokah");
        assertThat(find(TextField.class).withId("workshop-name").single().isReadOnly()).isTrue();
        assertThat(find(Grid.class).withId("workshop-sponsors").all()).hasSize(1);
        UI.getCurrent().navigate("workshops/1");
        assertThat(find(NotFoundView.class).all()).hasSize(1);
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("mitra");
    }

    /**
     * Flow would write {@code viewBox} as {@code viewbox}, which SVG ignores (the trend then overflows its box): both
     * case-sensitive attributes are set by script in the browser instead.
     */
    @Test
    @WithUserDetails("direktur")
    void aTrendChartsViewBoxIsSetInTheBrowserWithItsCase() {
        UI.getCurrent().navigate("workshops/2");
        List<TrendChart> charts = find(TrendChart.class).all();
        assertThat(charts).hasSize(2);
        List<Element> svgs = charts.stream().flatMap(chart -> chart.getElement().getChildren())
                .filter(child -> child.getTag().equals("svg")).toList();
        assertThat(svgs).hasSize(2).allSatisfy(svg -> assertThat(svg.getAttributeNames())
                .doesNotContain("viewbox", "preserveaspectratio"));

        roundTrip();
        List<PendingJavaScriptInvocation> scripts = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        for (Element svg : svgs) {
            assertThat(scripts).as("a script sets the view box of each trend")
                    .anySatisfy(script -> {
                        assertThat(script.getOwner()).isSameAs(svg.getNode());
                        assertThat(script.getInvocation().getExpression()).contains("setAttribute('viewBox'",
                                "setAttribute('preserveAspectRatio'");
                        assertThat(script.getInvocation().getParameters()).contains("0 0 600 120", "none");
                    });
        }
    }

    /** Screen readers get each trend's figures: the latest, lowest and highest in its label, every month in a table. */
    @Test
    @WithUserDetails("direktur")
    void aTrendChartsFiguresAreThereAsTextAndTable() {
        UI.getCurrent().navigate("workshops/2");
        @SuppressWarnings("unchecked")
        Grid<WorkshopReportItem> months = find(Grid.class).withId("workshop-months").single();
        List<WorkshopReportItem> reports = new ArrayList<>();
        for (int row = 0; row < test(months).size(); row++) {
            reports.add(test(months).getRow(row));
        }
        LocalDate thisMonth = LocalDate.now(Formats.ZONE).withDayOfMonth(1);
        List<WorkshopReportItem> shown = reports.stream()
                .filter(r -> !r.month().isBefore(thisMonth.minusMonths(24)) && r.month().isBefore(thisMonth))
                .sorted(Comparator.comparing(WorkshopReportItem::month)).toList();
        assertThat(shown).as("the demo workshop has figures in the trend's window").isNotEmpty();
        WorkshopReportItem latest = shown.getLast();
        TrendChart revenue = find(TrendChart.class).all().get(1);

        Element svg = revenue.getElement().getChildren().filter(child -> child.getTag().equals("svg")).findFirst()
                .orElseThrow();
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("aria-label")).startsWith("Omzet, 24 bulan terakhir. Terakhir "
                + Formats.money(latest.revenue()) + " (" + Formats.monthYear(latest.month(), Locale.of("id")) + ")");
        NativeTable table = revenue.getTable();
        assertThat(table.getCaptionText()).isEqualTo("Omzet, 24 bulan terakhir");
        assertThat(table.getBody().getRows()).hasSize(shown.size());
        List<String> lastRow = table.getBody().getRows().getLast().getChildren()
                .map(cell -> cell.getElement().getText()).toList();
        assertThat(lastRow).containsExactly(Formats.monthYear(latest.month(), Locale.of("id")),
                Formats.money(latest.revenue()));
    }

    @SuppressWarnings("unchecked")
    private Grid<WorkshopListItem> grid() {
        return find(Grid.class).withId("workshop-grid").single();
    }

    private List<WorkshopListItem> rows() {
        List<WorkshopListItem> rows = new ArrayList<>();
        for (int row = 0; row < test(grid()).size(); row++) {
            rows.add(test(grid()).getRow(row));
        }
        return rows;
    }
}
