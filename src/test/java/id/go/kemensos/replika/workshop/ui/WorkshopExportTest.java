package id.go.kemensos.replika.workshop.ui;

import static org.assertj.core.api.Assertions.assertThat;

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
import id.go.kemensos.replika.workshop.WorkshopFilter;
import id.go.kemensos.replika.workshop.WorkshopListItem;
import id.go.kemensos.replika.workshop.WorkshopService;
import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** Exports of the workshop grid (demo data: Kartini is unit 10; mitra1 is partner 1). */
@IntegrationTest
class WorkshopExportTest extends SpringBrowserlessTest {

    private static final WorkshopFilter EAST_JAVA = new WorkshopFilter(null, null, "Jawa Timur", null, null);

    @Autowired
    WorkshopService service;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    @WithUserDetails("direktur")
    void theExportHoldsEveryRowOfTheFilterWithoutAQueryPerRow() {
        long count = service.count(EAST_JAVA);
        assertThat(count).isPositive().isLessThan(service.count(WorkshopFilter.all()));
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();

        byte[] csv = ExportFiles.write(WorkshopExport.spec(service, EAST_JAVA, Sort.by("regency")),
                ExportFormat.CSV, AppI18NProvider.INDONESIAN);

        assertThat(statistics.getPrepareStatementCount()).as("one statement for the one page").isEqualTo(1);
        assertThat(ExportFiles.ids(csv)).hasSize((int) count).containsExactlyElementsOf(
                ids(service.search(EAST_JAVA, PageRequest.of(0, 500, Sort.by("regency")))));
        assertThat(ExportFiles.csvRows(csv)).allMatch(row -> row.get(5).equals("Jawa Timur"));
    }

    @Test
    @WithUserDetails("direktur")
    void moneyIsANumericCellWithThousands() throws IOException {
        byte[] xlsx = ExportFiles.write(WorkshopExport.spec(service, WorkshopFilter.all(), Sort.unsorted()),
                ExportFormat.XLSX, Locale.ENGLISH);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("sheltered-workshop");
            assertThat(sheet.getLastRowNum()).isEqualTo(service.count(WorkshopFilter.all()));
            assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("Revenue, 12 months (Rp)");
            for (int row = 1; row <= sheet.getLastRowNum(); row++) {
                Cell revenue = sheet.getRow(row).getCell(8);
                assertThat(revenue.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(revenue.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            }
        }
    }

    @Test
    @WithUserDetails("kartini")
    void anOperatorExportsOnlyTheWorkshopsTheirUnitCoaches() {
        List<CSVRecord> rows = ExportFiles.csvRows(ExportFiles.write(
                WorkshopExport.spec(service, WorkshopFilter.all(), Sort.unsorted()), ExportFormat.CSV,
                AppI18NProvider.INDONESIAN));

        Long theirs = jdbc.queryForObject("select count(*) from workshop where coaching_unit_id = 10", Long.class);
        assertThat(rows).isNotEmpty().hasSize(theirs.intValue())
                .allMatch(row -> row.get(3).equals("Sentra Terpadu Kartini"));
    }

    @Test
    @WithUserDetails("mitra1")
    void aCsrPartnerExportsOnlyItsSponsoredWorkshopsAndOnlyItselfAsSponsor() {
        List<CSVRecord> rows = ExportFiles.csvRows(ExportFiles.write(
                WorkshopExport.spec(service, WorkshopFilter.all(), Sort.unsorted()), ExportFormat.CSV,
                Locale.ENGLISH));

        List<Long> sponsored = jdbc.queryForList(
                "select distinct workshop_id from sponsorship where partner_id = 1", Long.class);
        assertThat(rows).isNotEmpty().extracting(row -> Long.valueOf(row.get(0)))
                .containsExactlyInAnyOrderElementsOf(sponsored);
        assertThat(rows).allMatch(row -> row.get(9).equals("PT Listrik Daya Persada (Persero)"));
    }

    @Test
    @WithUserDetails("panrb")
    void theViewExportsItsCurrentFilterAndSort() {
        UI.getCurrent().navigate("workshops", QueryParameters.fromString("province=Jawa+Timur"));
        @SuppressWarnings("unchecked")
        Grid<WorkshopListItem> grid = find(Grid.class).withId("workshop-grid").single();
        ExportDownloads.sortBy(grid, SortDirection.DESCENDING, "regency");

        byte[] csv = ExportDownloads.download(find(Anchor.class).withId("export-csv").single());

        assertThat(ExportFiles.ids(csv)).hasSize((int) service.count(EAST_JAVA)).containsExactlyElementsOf(
                ids(service.search(EAST_JAVA, PageRequest.of(0, 500, Sort.by(Sort.Direction.DESC, "regency")))));
    }

    private static List<Long> ids(List<WorkshopListItem> items) {
        return items.stream().map(WorkshopListItem::id).toList();
    }
}
