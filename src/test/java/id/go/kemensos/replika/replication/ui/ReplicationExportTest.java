package id.go.kemensos.replika.replication.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import id.go.kemensos.replika.IntegrationTest;
import id.go.kemensos.replika.base.export.ExportFiles;
import id.go.kemensos.replika.base.export.ExportFormat;
import id.go.kemensos.replika.base.export.ExportSpec;
import id.go.kemensos.replika.base.export.ExportWriter;
import id.go.kemensos.replika.base.i18n.AppI18NProvider;
import id.go.kemensos.replika.base.ui.ExportDownloads;
import id.go.kemensos.replika.replication.ReplicationFilter;
import id.go.kemensos.replika.replication.ReplicationListItem;
import id.go.kemensos.replika.replication.ReplicationService;
import id.go.kemensos.replika.replication.ReplicationStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** Exports of the replication status grid (demo data: Kartini is unit 10). */
@IntegrationTest
class ReplicationExportTest extends SpringBrowserlessTest {

    private static final ReplicationFilter UNDER_WAY = ReplicationFilter.all()
            .withStatuses(Set.of(ReplicationStatus.APPROVED, ReplicationStatus.IMPLEMENTING));

    @Autowired
    ReplicationService service;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ExportWriter writer;

    @Test
    @WithUserDetails("direktur")
    void theExportHoldsEveryRowOfTheFilterInTheRequestedOrder() {
        Sort sort = Sort.by(Sort.Direction.DESC, "adopting");
        long count = service.count(UNDER_WAY);
        assertThat(count).isPositive().isLessThan(service.count(ReplicationFilter.all()));

        byte[] csv = ExportFiles.write(ReplicationExport.spec(service, UNDER_WAY, sort), ExportFormat.CSV,
                AppI18NProvider.INDONESIAN);

        assertThat(ExportFiles.ids(csv)).hasSize((int) count).doesNotHaveDuplicates()
                .containsExactlyElementsOf(ids(service.search(UNDER_WAY, PageRequest.of(0, 500, sort))));
        assertThat(ExportFiles.csvRows(csv)).extracting(row -> row.get(5))
                .containsOnly("Disetujui", "Dilaksanakan");
    }

    @Test
    @WithUserDetails("direktur")
    void xlsxHasEveryRowWithDateCellsAndEnglishHeaders() throws IOException {
        byte[] xlsx = ExportFiles.write(ReplicationExport.spec(service, UNDER_WAY, Sort.unsorted()),
                ExportFormat.XLSX, Locale.ENGLISH);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("replikasi");
            assertThat(sheet.getLastRowNum()).isEqualTo(service.count(UNDER_WAY));
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Innovation");
            Row first = sheet.getRow(1);
            assertThat(DateUtil.isCellDateFormatted(first.getCell(9))).as("status since").isTrue();
            assertThat(DateUtil.isCellDateFormatted(first.getCell(11))).as("updated").isTrue();
            assertThat(first.getCell(6).getNumericCellValue()).as("progress").isBetween(0d, 100d);
        }
    }

    @Test
    @WithUserDetails("kartini")
    void anOperatorExportsOnlyTheReplicationsOfTheirUnit() {
        byte[] csv = ExportFiles.write(ReplicationExport.spec(service, ReplicationFilter.all(), Sort.unsorted()),
                ExportFormat.CSV, AppI18NProvider.INDONESIAN);

        List<CSVRecord> rows = ExportFiles.csvRows(csv);
        Long theirs = jdbc.queryForObject(
                "select count(*) from replication where origin_unit_id = 10 or adopting_unit_id = 10", Long.class);
        assertThat(rows).hasSize(theirs.intValue()).isNotEmpty()
                .allMatch(row -> row.get(2).equals("Sentra Terpadu Kartini")
                        || row.get(3).equals("Sentra Terpadu Kartini"));
    }

    @Test
    @WithUserDetails("mitra1")
    void aCsrPartnerIsRefused() {
        assertThatThrownBy(() -> ExportFiles.write(ReplicationExport.spec(service, ReplicationFilter.all(),
                Sort.unsorted()), ExportFormat.CSV, Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("direktur")
    void theViewExportsItsCurrentFilterAndSort() {
        UI.getCurrent().navigate("replications", QueryParameters.fromString("status=APPROVED,IMPLEMENTING"));
        @SuppressWarnings("unchecked")
        Grid<ReplicationListItem> grid = find(Grid.class).withId("replication-grid").single();
        ExportDownloads.sortBy(grid, SortDirection.DESCENDING, "province", "progress");

        byte[] csv = ExportDownloads.download(find(Anchor.class).withId("export-csv").single());

        Sort sort = Sort.by(Sort.Order.desc("province"), Sort.Order.desc("progress"));
        assertThat(ExportFiles.ids(csv)).hasSize((int) service.count(UNDER_WAY))
                .containsExactlyElementsOf(ids(service.search(UNDER_WAY, PageRequest.of(0, 500, sort))))
                .as("not the default order").isNotEqualTo(ids(service.search(UNDER_WAY, PageRequest.of(0, 500))));
        assertThat(find(Anchor.class).withId("export-xlsx").single().isDownload()).isTrue();
    }

    @Test
    @WithUserDetails("direktur")
    void aDownloadTheServiceRefusesSendsNothingAndSaysWhy() {
        UI.getCurrent().navigate("replications");
        Anchor link = find(Anchor.class).withId("export-csv").single();
        roundTrip();
        // the download request runs as someone the service refuses
        Authentication director = SecurityContextHolder.getContext().getAuthentication();
        UserDetails partner = users.loadUserByUsername("mitra1");
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                partner, null, partner.getAuthorities()));
        byte[] csv = ExportDownloads.download(link);
        SecurityContextHolder.getContext().setAuthentication(director);
        roundTrip();

        assertThat(csv).isEmpty();
        assertThat(test(find(Notification.class).single()).getText())
                .isEqualTo("Anda tidak berhak membuka halaman atau melakukan tindakan ini.");
    }

    @Test
    @WithUserDetails("direktur")
    void aRecordChangedByAnotherUserDuringTheExportIsWrittenExactlyOnce() throws IOException {
        List<Long> before = ids(service.search(ReplicationFilter.all(), PageRequest.of(0, 5000)));
        long last = before.get(before.size() - 1);
        Timestamp original = jdbc.queryForObject("select modified_at from replication where id = ?", Timestamp.class,
                last);
        ExportSpec<ReplicationListItem> grid = ReplicationExport.spec(service, ReplicationFilter.all(), Sort.unsorted());
        AtomicBoolean moved = new AtomicBoolean();
        ExportSpec<ReplicationListItem> smallPages = new ExportSpec<>(grid.slug(), grid.columns(), grid.sort(), 5,
                pageable -> {
                    List<ReplicationListItem> page = service.search(ReplicationFilter.all(), pageable);
                    if (moved.compareAndSet(false, true)) {
                        // after the first page, another session moves the last row to the front (newest change)
                        CompletableFuture.runAsync(() -> jdbc.update(
                                "update replication set modified_at = now(6) + interval 1 day where id = ?", last))
                                .join();
                    }
                    return page;
                });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(smallPages, ExportFormat.CSV, Locale.ENGLISH, out);
        } finally {
            jdbc.update("update replication set modified_at = ? where id = ?", original, last);
        }

        assertThat(moved).isTrue();
        assertThat(ExportFiles.ids(out.toByteArray())).as("one snapshot: nothing skipped, nothing repeated")
                .containsExactlyElementsOf(before);
    }

    private static List<Long> ids(List<ReplicationListItem> items) {
        return items.stream().map(ReplicationListItem::id).toList();
    }
}
