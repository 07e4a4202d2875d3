package id.go.kemensos.replika.base.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.kemensos.replika.base.i18n.AppI18NProvider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

/** The export engine on its own: formats, translations, paging. */
class ExportsTest {

    record Item(long id, String name, String statusKey, Integer members, long revenue, BigDecimal score,
            LocalDate day, Instant moment) {
    }

    private static final List<ExportColumn<Item>> COLUMNS = List.of(
            ExportColumn.integer("export.column.id", Item::id),
            ExportColumn.text("unit.field.name", Item::name),
            ExportColumn.label("unit.field.status", Item::statusKey),
            ExportColumn.integer("workshop.field.latestMembers", Item::members),
            ExportColumn.money("export.column.revenue12Rupiah", Item::revenue),
            ExportColumn.decimal("replication.field.progress", Item::score),
            ExportColumn.date("export.column.statusSince", Item::day),
            ExportColumn.dateTime("replication.field.updated", Item::moment));

    private static final Item FIRST = new Item(7, "Sentra \"Kartini\", Temanggung", "unit.status.active", 12,
            1_234_567L, new BigDecimal("3.25"), LocalDate.of(2026, 12, 1), Instant.parse("2026-12-01T17:30:00Z"));
    private static final Item SECOND = new Item(8, "=HYPERLINK(\"http://x\")", "unit.status.inactive", null, 0L,
            null, null, null);

    @Test
    void csvStartsWithTheByteOrderMarkAndHasHeadersInTheUsersLanguage() {
        byte[] indonesian = ExportFiles.write(spec(List.of(FIRST, SECOND), 10), ExportFormat.CSV,
                AppI18NProvider.INDONESIAN);
        byte[] english = ExportFiles.write(spec(List.of(FIRST, SECOND), 10), ExportFormat.CSV, Locale.ENGLISH);

        assertThat(ExportFiles.csv(indonesian).get(0).values()).containsExactly("ID", "Nama", "Status",
                "Anggota terkini", "Omzet 12 bulan (Rp)", "Kemajuan", "Status sejak", "Diperbarui");
        assertThat(ExportFiles.csv(english).get(0).values()).containsExactly("ID", "Name", "Status",
                "Members now", "Revenue, 12 months (Rp)", "Progress", "Status since", "Updated");
        assertThat(ExportFiles.csvRows(indonesian).get(0).get(2)).isEqualTo("Aktif");
        assertThat(ExportFiles.csvRows(english).get(1).get(2)).isEqualTo("Inactive");
    }

    @Test
    void csvWritesIsoDatesJakartaTimesPlainNumbersAndDefusesFormulas() {
        List<CSVRecord> rows = ExportFiles.csvRows(ExportFiles.write(spec(List.of(FIRST, SECOND), 10),
                ExportFormat.CSV, AppI18NProvider.INDONESIAN));

        assertThat(rows.get(0).values()).containsExactly("7", "Sentra \"Kartini\", Temanggung", "Aktif", "12",
                "1234567", "3.25", "2026-12-01", "2026-12-02 00:30");
        assertThat(rows.get(1).values()).containsExactly("8", "'=HYPERLINK(\"http://x\")", "Nonaktif", "", "0", "",
                "", "");
    }

    @Test
    void xlsxHasRealDateAndNumberCellsABoldFrozenHeaderAndTranslatedLabels() throws IOException {
        byte[] bytes = ExportFiles.write(spec(List.of(FIRST, SECOND), 10), ExportFormat.XLSX, Locale.ENGLISH);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("test-slug");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("Revenue, 12 months (Rp)");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();

            Row row = sheet.getRow(1);
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(7);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Sentra \"Kartini\", Temanggung");
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("Active");
            Cell money = row.getCell(4);
            assertThat(money.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(money.getNumericCellValue()).isEqualTo(1_234_567d);
            assertThat(money.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(3.25d);
            Cell day = row.getCell(6);
            assertThat(day.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(day)).isTrue();
            assertThat(day.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 1));
            Cell moment = row.getCell(7);
            assertThat(DateUtil.isCellDateFormatted(moment)).isTrue();
            assertThat(moment.getLocalDateTimeCellValue()).isEqualTo("2026-12-02T00:30");

            Row second = sheet.getRow(2);
            assertThat(second.getCell(1).getStringCellValue()).as("text, never a formula")
                    .isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(second.getCell(3)).as("null is an empty cell").isNull();
            assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getColumnWidth(0));
        }
    }

    @Test
    void pagesAreReadUntilAShortPageWhateverTheRowCount() {
        for (int total : new int[] {0, 1, 99, 100, 101, 1000, 1001}) {
            List<Integer> asked = new ArrayList<>();
            List<Item> rows = LongStream.rangeClosed(1, total)
                    .mapToObj(id -> new Item(id, "n" + id, "unit.status.active", null, id, null, null, null))
                    .toList();
            ExportSpec<Item> spec = new ExportSpec<>("test-slug", COLUMNS, Sort.by("id"), 100, pageable -> {
                asked.add(pageable.getPageNumber());
                assertThat(pageable.getPageSize()).isEqualTo(100);
                assertThat(pageable.getSort()).isEqualTo(Sort.by("id"));
                return page(rows, pageable);
            });

            byte[] csv = ExportFiles.write(spec, ExportFormat.CSV, Locale.ENGLISH);

            assertThat(ExportFiles.ids(csv)).as("rows of " + total)
                    .containsExactlyElementsOf(rows.stream().map(Item::id).toList());
            assertThat(asked).as("pages asked for " + total).hasSize(total / 100 + 1);
        }
    }

    @Test
    void aRefusedExportWritesNothing() {
        ExportSpec<Item> spec = new ExportSpec<>("test-slug", COLUMNS, Sort.unsorted(), 10, pageable -> {
            throw new AccessDeniedException("no");
        });
        for (ExportFormat format : ExportFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThatThrownBy(() -> Exports.write(spec, format, Locale.ENGLISH, out))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(out.size()).isZero();
        }
    }

    @Test
    void fileNamesSayWhatAndWhen() {
        assertThat(Exports.fileName("replikasi", ExportFormat.XLSX, LocalDate.of(2026, 12, 1)))
                .isEqualTo("replikasi-2026-12-01.xlsx");
        assertThat(Exports.fileName("unit-kerja", ExportFormat.CSV, LocalDate.of(2027, 1, 9)))
                .isEqualTo("unit-kerja-2027-01-09.csv");
    }

    private static ExportSpec<Item> spec(List<Item> rows, int pageSize) {
        return new ExportSpec<>("test-slug", COLUMNS, Sort.unsorted(), pageSize, pageable -> page(rows, pageable));
    }

    private static List<Item> page(List<Item> rows, Pageable pageable) {
        int from = (int) Math.min(rows.size(), pageable.getOffset());
        return rows.subList(from, Math.min(rows.size(), from + pageable.getPageSize()));
    }
}
