package id.go.kemensos.replika.innovation.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import id.go.kemensos.replika.IntegrationTest;
import id.go.kemensos.replika.base.export.ExportFiles;
import id.go.kemensos.replika.base.export.ExportFormat;
import id.go.kemensos.replika.base.i18n.AppI18NProvider;
import id.go.kemensos.replika.base.ui.ExportDownloads;
import id.go.kemensos.replika.innovation.InnovationFilter;
import id.go.kemensos.replika.innovation.InnovationListItem;
import id.go.kemensos.replika.innovation.InnovationService;
import id.go.kemensos.replika.innovation.Stage;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** Exports of the innovations grid, which every staff member reads whole. */
@IntegrationTest
class InnovationExportTest extends SpringBrowserlessTest {

    private static final InnovationFilter IMPLEMENTED = new InnovationFilter(null, null, null, Stage.IMPLEMENTED,
            null, null, null, null, false);

    @Autowired
    InnovationService service;

    @Test
    @WithUserDetails("panrb")
    void theExportHoldsEveryRowOfTheFilterWithTheBestAwardSplitIntoColumns() {
        long count = service.count(IMPLEMENTED);
        assertThat(count).isPositive().isLessThan(service.count(InnovationFilter.all()));

        byte[] csv = ExportFiles.write(InnovationExport.spec(service, IMPLEMENTED, Sort.by("bestAward")),
                ExportFormat.CSV, Locale.ENGLISH);

        List<InnovationListItem> expected = service.search(IMPLEMENTED, PageRequest.of(0, 500, Sort.by("bestAward")));
        assertThat(ExportFiles.ids(csv)).hasSize((int) count)
                .containsExactlyElementsOf(expected.stream().map(InnovationListItem::id).toList());
        assertThat(ExportFiles.csvRows(csv)).allMatch(row -> row.get(5).equals("Implemented"));
        InnovationListItem awarded = expected.stream().filter(item -> item.bestAwardYear() != null).findFirst()
                .orElseThrow();
        assertThat(ExportFiles.csvRows(csv).get(expected.indexOf(awarded)).get(8))
                .isEqualTo(String.valueOf(awarded.bestAwardYear()));
    }

    @Test
    @WithUserDetails("mitra2")
    void aCsrPartnerIsRefused() {
        assertThatThrownBy(() -> ExportFiles.write(InnovationExport.spec(service, InnovationFilter.all(),
                Sort.unsorted()), ExportFormat.CSV, AppI18NProvider.INDONESIAN))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("kartini")
    void theViewExportsItsCurrentFilterAndSort() {
        UI.getCurrent().navigate("innovations", QueryParameters.fromString("stage=IMPLEMENTED"));
        @SuppressWarnings("unchecked")
        Grid<InnovationListItem> grid = find(Grid.class).withId("innovation-grid").single();
        ExportDownloads.sortBy(grid, SortDirection.DESCENDING, "unit");

        byte[] csv = ExportDownloads.download(find(Anchor.class).withId("export-csv").single());

        assertThat(ExportFiles.ids(csv)).hasSize((int) service.count(IMPLEMENTED)).containsExactlyElementsOf(
                service.search(IMPLEMENTED, PageRequest.of(0, 500, Sort.by(Sort.Direction.DESC, "unit"))).stream()
                        .map(InnovationListItem::id).toList());
    }
}
