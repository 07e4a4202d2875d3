package id.go.kemensos.replika.partner.ui;

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
import id.go.kemensos.replika.partner.PartnerFilter;
import id.go.kemensos.replika.partner.PartnerListItem;
import id.go.kemensos.replika.partner.PartnerService;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** Exports of the CSR partners grid: administrators, PANRB and directors only. */
@IntegrationTest
class PartnerExportTest extends SpringBrowserlessTest {

    private static final PartnerFilter TA = new PartnerFilter("ta", false);

    @Autowired
    PartnerService service;

    @Test
    @WithUserDetails("direktur")
    void theExportHoldsEveryRowOfTheFilter() {
        long count = service.count(TA);
        assertThat(count).isPositive().isLessThan(service.count(PartnerFilter.all()));

        byte[] csv = ExportFiles.write(PartnerExport.spec(service, TA, Sort.by("sector")), ExportFormat.CSV,
                AppI18NProvider.INDONESIAN);

        assertThat(ExportFiles.ids(csv)).hasSize((int) count).containsExactlyElementsOf(
                ids(service.search(TA, PageRequest.of(0, 500, Sort.by("sector")))));
        assertThat(ExportFiles.csvRows(csv)).allMatch(row -> row.get(4).equals("Aktif"));
    }

    @Test
    @WithUserDetails("kartini")
    void anOperatorIsRefused() {
        assertThatThrownBy(() -> ExportFiles.write(PartnerExport.spec(service, PartnerFilter.all(), Sort.unsorted()),
                ExportFormat.CSV, Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin")
    void theViewExportsItsCurrentFilterAndSort() {
        UI.getCurrent().navigate("partners", QueryParameters.fromString("q=ta"));
        @SuppressWarnings("unchecked")
        Grid<PartnerListItem> grid = find(Grid.class).withId("partner-grid").single();
        ExportDownloads.sortBy(grid, SortDirection.DESCENDING, "companyName");

        byte[] csv = ExportDownloads.download(find(Anchor.class).withId("export-csv").single());

        assertThat(ExportFiles.ids(csv)).hasSize((int) service.count(TA)).containsExactlyElementsOf(
                ids(service.search(TA, PageRequest.of(0, 500, Sort.by(Sort.Direction.DESC, "companyName")))));
    }

    private static List<Long> ids(List<PartnerListItem> items) {
        return items.stream().map(PartnerListItem::id).toList();
    }
}
