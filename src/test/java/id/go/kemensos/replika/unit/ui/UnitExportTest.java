package id.go.kemensos.replika.unit.ui;

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
import id.go.kemensos.replika.unit.UnitFilter;
import id.go.kemensos.replika.unit.UnitListItem;
import id.go.kemensos.replika.unit.UnitService;
import id.go.kemensos.replika.unit.UnitType;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** Exports of the units grid, which every staff member reads whole. */
@IntegrationTest
class UnitExportTest extends SpringBrowserlessTest {

    private static final UnitFilter UPTS = new UnitFilter(null, UnitType.UPT, null, true);

    @Autowired
    UnitService service;

    @Test
    @WithUserDetails("kartini")
    void theExportHoldsEveryRowOfTheFilterWithTranslatedTypes() {
        long count = service.count(UPTS);
        assertThat(count).isPositive().isLessThan(service.count(UnitFilter.all()));

        byte[] indonesian = ExportFiles.write(UnitExport.spec(service, UPTS, Sort.by("province")), ExportFormat.CSV,
                AppI18NProvider.INDONESIAN);
        byte[] english = ExportFiles.write(UnitExport.spec(service, UPTS, Sort.by("province")), ExportFormat.CSV,
                Locale.ENGLISH);

        assertThat(ExportFiles.ids(indonesian)).hasSize((int) count).containsExactlyElementsOf(
                ids(service.search(UPTS, PageRequest.of(0, 500, Sort.by("province")))));
        assertThat(ExportFiles.csv(indonesian).getFirst().values()).startsWith("ID", "Kode", "Nama", "Jenis");
        assertThat(ExportFiles.csv(english).getFirst().values()).startsWith("ID", "Code", "Name", "Type");
        assertThat(ExportFiles.csvRows(indonesian)).allMatch(row -> row.get(3).equals("UPT (Sentra)"));
    }

    @Test
    @WithUserDetails("mitra1")
    void aCsrPartnerIsRefused() {
        assertThatThrownBy(() -> ExportFiles.write(UnitExport.spec(service, UnitFilter.all(), Sort.unsorted()),
                ExportFormat.XLSX, Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("direktur")
    void theViewExportsItsCurrentFilterAndSort() {
        UI.getCurrent().navigate("units", QueryParameters.fromString("type=UPT&inactive=true"));
        @SuppressWarnings("unchecked")
        Grid<UnitListItem> grid = find(Grid.class).withId("unit-grid").single();
        ExportDownloads.sortBy(grid, SortDirection.DESCENDING, "province", "name");

        byte[] csv = ExportDownloads.download(find(Anchor.class).withId("export-csv").single());

        Sort sort = Sort.by(Sort.Order.desc("province"), Sort.Order.desc("name"));
        assertThat(ExportFiles.ids(csv)).hasSize((int) service.count(UPTS))
                .containsExactlyElementsOf(ids(service.search(UPTS, PageRequest.of(0, 500, sort))));
    }

    private static List<Long> ids(List<UnitListItem> items) {
        return items.stream().map(UnitListItem::id).toList();
    }
}
