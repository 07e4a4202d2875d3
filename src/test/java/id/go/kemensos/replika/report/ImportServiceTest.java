package id.go.kemensos.replika.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.go.kemensos.replika.IntegrationTest;
import id.go.kemensos.replika.base.BusinessException;
import id.go.kemensos.replika.base.i18n.Formats;
import id.go.kemensos.replika.innovation.InnovationDetails;
import id.go.kemensos.replika.innovation.InnovationFilter;
import id.go.kemensos.replika.innovation.InnovationListItem;
import id.go.kemensos.replika.innovation.InnovationService;
import id.go.kemensos.replika.innovation.Stage;
import id.go.kemensos.replika.unit.UnitDetails;
import id.go.kemensos.replika.unit.UnitFilter;
import id.go.kemensos.replika.unit.UnitListItem;
import id.go.kemensos.replika.unit.UnitService;
import id.go.kemensos.replika.workshop.WorkshopDetails;
import id.go.kemensos.replika.workshop.WorkshopFilter;
import id.go.kemensos.replika.workshop.WorkshopForm;
import id.go.kemensos.replika.workshop.WorkshopListItem;
import id.go.kemensos.replika.workshop.WorkshopService;
import id.go.kemensos.replika.workshop.WorkshopStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Bulk import against the demo database. Every test rolls back, so the imported rows never reach other tests. */
@IntegrationTest
@Transactional
class ImportServiceTest {

    static final String WORKSHOP_HEADER = "code,name,coaching_unit_code,village,regency,province,founded,"
            + "self_help_group,mentoring_start,mentoring_end,mentors,products,status,description";
    static final String UNIT_HEADER = "code,name,type,parent_code,city,province,head_name";
    static final String INNOVATION_HEADER = "code,title,origin_unit_code,innovators,year_started,category,problem,"
            + "solution,impact,digital,stage,sustainability";

    @Autowired
    ImportService service;

    @Autowired
    UnitService units;

    @Autowired
    InnovationService innovations;

    @Autowired
    WorkshopService workshops;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    @Test
    @WithUserDetails("admin")
    void aFileWithErrorsImportsNothingAndListsEveryErrorOfEveryRowWithItsRowNumber() throws IOException {
        String tomorrow = LocalDate.now(Formats.ZONE).plusDays(1).toString();
        Path file = csv("workshops.csv",
                WORKSHOP_HEADER,
                "SW-0801,SWP Uji Satu,NO-SUCH-UNIT,,Kab. Uji,Jawa Tengah,,,,,,,MENTORING,",
                "SW-0802,SWP Uji Dua,ST-KARTINI,,Kab. Uji,Jawa Tengah,,,,,,,SLEEPING,",
                "SW-0803,,ST-KARTINI,,Kab. Uji,Jawa Tengah,,,,,,,MENTORING,",
                "SW-0802,SWP Uji Empat,ST-KARTINI,,Kab. Uji,Jawa Tengah,,,,,,,MENTORING,",
                "SW-0805,SWP Uji Lima,ST-KARTINI,,Kab. Uji,Jawa Tengah,2021-02-30,,,,,,MENTORING,",
                "SW-0806,SWP Uji Enam,ST-KARTINI," + "x".repeat(151) + ",Kab. Uji,Jawa Tengah,,,,,,,MENTORING,",
                "SW-0807,SWP Uji Tujuh,ST-KARTINI,,Kab. Uji,Jawa Tengah," + tomorrow + ",,,,,,MENTORING,",
                "SW-0808,SWP Uji Delapan,ST-KARTINI,,Kab. Uji,Jawa Tengah,,,2022-05-01,2022-01-01,,,MENTORING,",
                "SW-0809,SWP Uji Sembilan,ST-KARTINI,,Kab. Uji,Jawa Tengah,,,,,,,MENTORING,",
                "SW-10,Rumah Kinasih,ST-KARTINI,,,Jawa Timur,,,,,,,,");
        long before = workshops.count(WorkshopFilter.all());

        ImportPreview preview = service.preview(ImportKind.WORKSHOPS, file, "workshops.csv");
        ImportResult result = service.run(ImportKind.WORKSHOPS, file, "workshops.csv");

        assertThat(preview.importable()).isFalse();
        assertThat(preview.rowsWithProblems()).isEqualTo(9);
        assertThat(result.imported()).isFalse();
        assertThat(List.of(result.created(), result.updated(), result.unchanged())).containsOnly(0);
        assertThat(result.checked().problems()).isEqualTo(preview.problems());
        assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::key)
                .containsExactly(
                        tuple(2, "coaching_unit_code", "import.error.unknownUnit"),
                        tuple(3, "status", "import.error.badChoice"),
                        tuple(4, "name", "workshop.validation.nameRequired"),
                        tuple(5, "code", "import.error.duplicateCode"),
                        tuple(6, "founded", "import.error.badDate"),
                        tuple(7, "village", "validation.tooLong"),
                        tuple(8, "founded", "workshop.validation.foundedFuture"),
                        tuple(9, "mentoring_end", "workshop.validation.mentoringEnd"),
                        // several problems of one row, all listed, in column order
                        tuple(11, "code", "import.error.workshopCodeFormat"),
                        tuple(11, "name", "workshop.validation.nameTaken"),
                        tuple(11, "regency", "workshop.validation.regencyRequired"),
                        tuple(11, "status", "workshop.validation.statusRequired"));
        assertThat(preview.problems()).filteredOn(p -> p.row() == 5).singleElement()
                .extracting(ImportProblem::args).isEqualTo(List.of("SW-0802", "3"));
        assertThat(preview.problems()).filteredOn(p -> p.row() == 7).singleElement()
                .extracting(ImportProblem::args).isEqualTo(List.of("150"));
        assertThat(preview.rows().get(8).problems()).as("the clean row 10").isEmpty();

        assertThat(workshops.count(WorkshopFilter.all())).as("nothing imported").isEqualTo(before);
        assertThat(workshops.search(new WorkshopFilter("SWP Uji", null, null, null, null), PageRequest.of(0, 10)))
                .isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void unitsImportParentsFirstThenASecondImportIsANoOpAndAChangedFileUpdates() throws IOException {
        Path file = csv("units.csv",
                UNIT_HEADER,
                "IMP-ANAK,Sentra Impor Anak,UPT,IMP-INDUK,Sleman,DI Yogyakarta,Ratna Sari",
                "IMP-INDUK,Direktorat Impor,DIRECTORATE,KEMENSOS,Jakarta Pusat,DKI Jakarta,");
        long before = units.count(UnitFilter.all());

        ImportResult first = service.run(ImportKind.UNITS, file, "units.csv");

        assertThat(first.imported()).isTrue();
        assertThat(List.of(first.created(), first.updated(), first.unchanged())).containsExactly(2, 0, 0);
        assertThat(units.count(UnitFilter.all())).isEqualTo(before + 2);
        UnitDetails child = unit("IMP-ANAK");
        assertThat(child.parent().code()).isEqualTo("IMP-INDUK");
        assertThat(child.headName()).isEqualTo("Ratna Sari");
        UnitDetails parent = unit("IMP-INDUK");
        assertThat(parent.headName()).isNull();

        ImportResult again = service.run(ImportKind.UNITS, file, "units.csv");

        assertThat(List.of(again.created(), again.updated(), again.unchanged())).containsExactly(0, 0, 2);
        assertThat(unit("IMP-ANAK")).isEqualTo(child);
        assertThat(unit("IMP-INDUK")).as("same version, same modification time").isEqualTo(parent);

        Path changed = csv("units-changed.csv",
                UNIT_HEADER,
                "IMP-ANAK,Sentra Impor Anak,UPT,IMP-INDUK,Kabupaten Sleman,DI Yogyakarta,Ratna Sari",
                "imp-induk,Direktorat Impor,DIRECTORATE,KEMENSOS,Jakarta Pusat,DKI Jakarta,");
        ImportResult update = service.run(ImportKind.UNITS, changed, "units-changed.csv");

        assertThat(List.of(update.created(), update.updated(), update.unchanged())).containsExactly(0, 2, 0);
        assertThat(unit("IMP-ANAK").city()).isEqualTo("Kabupaten Sleman");
        assertThat(unit("IMP-ANAK").version()).isEqualTo(child.version() + 1);
        assertThat(unit("IMP-INDUK").code()).as("codes match whatever their case").isEqualTo("imp-induk");
    }

    @Test
    @WithUserDetails("admin")
    void unitCodesDifferingOnlyInCaseOrAccentsAreDuplicatesAsInTheDatabase() throws IOException {
        Path file = csv("units.csv",
                UNIT_HEADER,
                "IMP-KAFE,Sentra Kafe,UPT,,,,",
                "imp-kafé,Sentra Kafé,UPT,,,,",
                "IMP-ANAK-KAFE,Sentra Anak Kafe,UPT,IMP-KAFÉ,,,");
        long before = units.count(UnitFilter.all());

        ImportPreview preview = service.preview(ImportKind.UNITS, file, "units.csv");
        ImportResult result = service.run(ImportKind.UNITS, file, "units.csv");

        assertThat(preview.problems())
                .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::key, ImportProblem::args)
                .containsExactly(tuple(3, "code", "import.error.duplicateCode", List.of("imp-kafé", "2")));
        assertThat(result.imported()).isFalse();
        assertThat(units.count(UnitFilter.all())).isEqualTo(before);
    }

    @Test
    @WithUserDetails("admin")
    void workshopNamesDifferingOnlyInAccentsAreDuplicatesAndUnitCodesMatchWithoutAccents() throws IOException {
        Path file = csv("workshops.csv",
                WORKSHOP_HEADER,
                "SW-0961,SWP Kafe Mandiri,ST-KARTINI,,Kab. Uji,Jawa Tengah,,,,,,,MENTORING,",
                "SW-0962,swp kafé mandiri,st-kártini,,Kab. Uji,Jawa Tengah,,,,,,,MENTORING,");

        ImportPreview preview = service.preview(ImportKind.WORKSHOPS, file, "workshops.csv");

        assertThat(preview.problems())
                .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::key, ImportProblem::args)
                .containsExactly(tuple(3, "name", "import.error.duplicateName", List.of("2")));
    }

    @Test
    @WithUserDetails("direktur")
    void innovationTitlesDifferingOnlyInAccentsAreDuplicates() throws IOException {
        Path file = csv("inovasi.csv",
                INNOVATION_HEADER,
                "INV-2020-0961,Layanan Kafe Difabel,ST-KARTINI,,2020,,,,,,INITIATIVE,ACTIVE",
                "INV-2020-0962,Layanan Kafé Difabel,ST-KARTINI,,2020,,,,,,INITIATIVE,ACTIVE");

        ImportPreview preview = service.preview(ImportKind.INNOVATIONS, file, "inovasi.csv");

        assertThat(preview.problems())
                .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::key, ImportProblem::args)
                .containsExactly(tuple(3, "title", "import.error.duplicateTitle", List.of("2")));
    }

    @Test
    @WithUserDetails("admin")
    void unitParentsMustBeKnownAndMustNotLoop() throws IOException {
        Path file = csv("units.csv",
                UNIT_HEADER,
                "IMP-A,Unit Impor A,UPT,IMP-B,,,",
                "IMP-B,Unit Impor B,UPT,IMP-A,,,",
                "IMP-C,Unit Impor C,UPT,NO-SUCH-UNIT,,,",
                "IMP-D,Unit Impor D,UPT,IMP-D,,,",
                "KEMENSOS,Kementerian Sosial,MINISTRY,ST-KARTINI,Jakarta Pusat,DKI Jakarta,");

        ImportPreview preview = service.preview(ImportKind.UNITS, file, "units.csv");

        assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::key)
                .containsExactly(
                        tuple(2, "parent_code", "unit.validation.parentCycle"),
                        tuple(3, "parent_code", "unit.validation.parentCycle"),
                        tuple(4, "parent_code", "import.error.unknownUnit"),
                        tuple(5, "parent_code", "unit.validation.parentCycle"),
                        // Kartini lies below the ministry through the Directorate: a loop through the database
                        tuple(6, "parent_code", "unit.validation.parentCycle"));
    }

    @Test
    @WithUserDetails("direktur")
    void directorsImportInnovationsFromXlsxWithNewCodesTheSequenceWillNeverGenerate() throws IOException {
        Path file = folder.resolve("inovasi.xlsx");
        try (Workbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Inovasi");
            row(sheet, 0, INNOVATION_HEADER.split(","));
            Row row = row(sheet, 1, "INV-2019-0901", "Layanan Impor Terpadu", "ST-KARTINI", "Tim Impor", "", "",
                    "", "", "", "ya", "Uji coba", "ACTIVE");
            row.getCell(4).setCellValue(2019); // a number cell
            workbook.write(out);
        }

        ImportResult result = service.run(ImportKind.INNOVATIONS, file, "inovasi.xlsx");

        assertThat(result.checked().problems()).isEmpty();
        assertThat(result.created()).isEqualTo(1);
        InnovationListItem item = innovations.search(new InnovationFilter("INV-2019-0901", null, null, null, null,
                null, null, null, false), PageRequest.of(0, 5)).getFirst();
        InnovationDetails details = innovations.get(item.id());
        assertThat(details.yearStarted()).isEqualTo(2019);
        assertThat(details.stage()).isEqualTo(Stage.TRIAL);
        assertThat(details.digital()).isTrue();
        assertThat(details.originUnit().code()).isEqualTo("ST-KARTINI");
        Long next = jdbc.queryForObject("select nextval(innovation_code_seq)", Long.class);
        assertThat(next).as("generated numbers continue after the imported one").isGreaterThan(901);

        ImportResult again = service.run(ImportKind.INNOVATIONS, file, "inovasi.xlsx");
        assertThat(List.of(again.created(), again.updated(), again.unchanged())).containsExactly(0, 0, 1);
        assertThat(innovations.get(item.id()).version()).isEqualTo(details.version());
    }

    @Test
    @WithUserDetails("direktur")
    void innovationCodesAreRequiredAndNewOnesFollowThePortalsForm() throws IOException {
        Path file = csv("inovasi.csv",
                INNOVATION_HEADER,
                ",Layanan Tanpa Kode,ST-KARTINI,,2020,,,,,,INITIATIVE,ACTIVE",
                "INV-19-1,Layanan Kode Aneh,ST-KARTINI,,2020,,,,,,INITIATIVE,ACTIVE",
                "INV-2020-0950,Layanan Masa Depan,ST-KARTINI,,2999,,,,,maybe,INITIATIVE,ACTIVE",
                "INV-2020-0951,Layanan Kembar,ST-KARTINI,,2020,,,,,,INITIATIVE,ACTIVE",
                "INV-2020-0952,layanan kembar,ST-KARTINI,,2020,,,,,,INITIATIVE,ACTIVE",
                "INV-2026-0001,Layanan Pindah Unit,ST-SOEHARSO,,dua ribu,,,,,,INITIATIVE,ACTIVE");

        ImportPreview preview = service.preview(ImportKind.INNOVATIONS, file, "inovasi.csv");

        assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::key)
                .contains(
                        tuple(2, "code", "import.error.codeRequired"),
                        tuple(3, "code", "import.error.innovationCodeFormat"),
                        tuple(4, "year_started", "innovation.validation.yearRange"),
                        tuple(4, "digital", "import.error.badYesNo"),
                        tuple(6, "title", "import.error.duplicateTitle"),
                        tuple(7, "origin_unit_code", "import.error.originUnitChanged"),
                        tuple(7, "year_started", "import.error.badNumber"))
                .doesNotContain(tuple(5, "title", "import.error.duplicateTitle"));
        assertThat(preview.rows().get(3).problems()).as("row 5").isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void workshopsReadDateCellsAndTextDatesFromXlsxAndGetCodesAfterImportedOnes() throws IOException {
        Path file = folder.resolve("workshop.xlsx");
        try (Workbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet sheet = workbook.createSheet("Workshop");
            row(sheet, 0, WORKSHOP_HEADER.split(","));
            Row row = row(sheet, 1, "SW-0901", "SWP Impor Mandiri", "ST-KARTINI", "", "Kabupaten Uji",
                    "Jawa Tengah", "", "", "2021-04-01", "", "", "", "Mandiri", "");
            row.getCell(6).setCellValue(LocalDate.of(2021, 3, 15));
            row.getCell(6).setCellStyle(date);
            workbook.write(out);
        }

        ImportResult result = service.run(ImportKind.WORKSHOPS, file, "workshop.xlsx");

        assertThat(result.checked().problems()).isEmpty();
        assertThat(result.created()).isEqualTo(1);
        WorkshopListItem item = workshops.search(new WorkshopFilter("SW-0901", null, null, null, null),
                PageRequest.of(0, 5)).getFirst();
        WorkshopDetails details = workshops.get(item.id());
        assertThat(details.code()).isEqualTo("SW-0901");
        assertThat(details.founded()).isEqualTo(LocalDate.of(2021, 3, 15));
        assertThat(details.mentoringStart()).isEqualTo(LocalDate.of(2021, 4, 1));
        assertThat(details.status()).isEqualTo(WorkshopStatus.INDEPENDENT);

        WorkshopForm form = new WorkshopForm();
        form.setName("SWP Sesudah Impor");
        form.setRegency("Kabupaten Uji");
        form.setProvince("Jawa Tengah");
        form.setStatus(WorkshopStatus.MENTORING);
        String generated = workshops.create(10L, form).code();
        assertThat(generated).matches("SW-\\d{4,}");
        assertThat(Long.parseLong(generated.substring(3))).isGreaterThan(901);
    }

    @Test
    @WithUserDetails("admin")
    void demoWorkshopsWereGivenCodesFromTheirIdsAndTheSequenceStartsAfterThem() {
        assertThat(workshops.get(1).code()).isEqualTo("SW-0001");
        assertThat(workshops.get(2).code()).isEqualTo("SW-0002");
        Long highestDemoId = jdbc.queryForObject("select max(id) from workshop where created_by = 'demo'", Long.class);
        Long next = jdbc.queryForObject("select nextval(workshop_code_seq)", Long.class);
        assertThat(next).isGreaterThan(highestDemoId);
    }

    @Test
    @WithUserDetails("direktur")
    void directorsMayImportInnovationsButNotUnitsOrWorkshops() throws IOException {
        Path file = csv("units.csv", UNIT_HEADER, "IMP-X,Unit X,UPT,,,,");
        assertThat(service.kinds()).containsExactly(ImportKind.INNOVATIONS);
        assertThatThrownBy(() -> service.preview(ImportKind.UNITS, file, "units.csv"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.run(ImportKind.UNITS, file, "units.csv"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> units.checkImport(List.of())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> units.importRows(List.of())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workshops.importRows(List.of())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.writeTemplate(ImportKind.WORKSHOPS, TemplateFormat.CSV, Locale.ENGLISH,
                new ByteArrayOutputStream())).isInstanceOf(AccessDeniedException.class);
        assertThat(innovations.checkImport(List.of())).isEmpty();
    }

    @Test
    @WithUserDetails("kartini")
    void operatorsMayNotImportAnything() throws IOException {
        Path file = csv("inovasi.csv", INNOVATION_HEADER);
        assertThatThrownBy(() -> service.kinds()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.preview(ImportKind.INNOVATIONS, file, "inovasi.csv"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> innovations.importRows(List.of())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("mitra1")
    void partnersMayNotImportAnything() {
        assertThatThrownBy(() -> workshops.checkImport(List.of())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin")
    void filesThatAreNotCsvOrXlsxAreRefusedWithAReason() throws IOException {
        Path pdf = folder.resolve("laporan.pdf");
        Files.writeString(pdf, "%PDF-1.7 not a table");
        assertRefused(pdf, "laporan.pdf", "import.file.type");

        Path fakeXlsx = folder.resolve("units.xlsx");
        Files.writeString(fakeXlsx, UNIT_HEADER + "\n");
        assertRefused(fakeXlsx, "units.xlsx", "import.file.mismatch");

        Path binary = folder.resolve("units.csv");
        Files.write(binary, new byte[] {'P', 'K', 3, 4, 0, 0, 1});
        assertRefused(binary, "units.csv", "import.file.mismatch");

        Path latin1 = folder.resolve("latin1.csv");
        Files.write(latin1, (UNIT_HEADER + "\nIMP-L,Sentra Édelweiss,UPT,,,,\n").getBytes(StandardCharsets.ISO_8859_1));
        assertRefused(latin1, "latin1.csv", "import.file.notUtf8");

        Path empty = folder.resolve("empty.csv");
        Files.write(empty, new byte[0]);
        assertRefused(empty, "empty.csv", "import.file.empty");

        assertRefused(csv("columns.csv", "code,name,type"), "columns.csv", "import.file.missingColumns");
        assertRefused(csv("extra.csv", UNIT_HEADER + ",remarks"), "extra.csv", "import.file.unknownColumns");
    }

    @Test
    @WithUserDetails("admin")
    void semicolonSeparatedCsvWithBomReadsLikeCommaSeparated() throws IOException {
        Path file = csv("units.csv", UNIT_HEADER.replace(',', ';'), "IMP-S;Sentra Titik Koma;UPT;;Bantul;DI Yogyakarta;");
        ImportPreview preview = service.preview(ImportKind.UNITS, file, "units.csv");
        assertThat(preview.importable()).isTrue();
        assertThat(preview.rows().getFirst().row().cell("city")).isEqualTo("Bantul");
    }

    @Test
    @WithUserDetails("admin")
    void templatesHaveTheColumnsAnImportReadsAndTheirExampleRowPassesTheChecks() throws IOException {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        service.writeTemplate(ImportKind.WORKSHOPS, TemplateFormat.CSV, Locale.ENGLISH, csv);
        byte[] bytes = csv.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains(WORKSHOP_HEADER);
        Path csvFile = folder.resolve("template.csv");
        Files.write(csvFile, bytes);
        assertThat(service.preview(ImportKind.WORKSHOPS, csvFile, "template.csv").importable()).isTrue();

        for (ImportKind kind : ImportKind.values()) {
            ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
            service.writeTemplate(kind, TemplateFormat.XLSX, Locale.of("in"), xlsx);
            try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
                assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
                assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("Petunjuk");
            }
            Path xlsxFile = folder.resolve("template-" + kind + ".xlsx");
            Files.write(xlsxFile, xlsx.toByteArray());
            ImportPreview preview = service.preview(kind, xlsxFile, "template.xlsx");
            assertThat(preview.rows()).as(kind + " example row").hasSize(1);
            assertThat(preview.problems()).as(kind + " example row").isEmpty();
        }
    }

    private void assertRefused(Path file, String name, String key) {
        assertThatThrownBy(() -> service.preview(ImportKind.UNITS, file, name))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey()).isEqualTo(key);
    }

    private UnitDetails unit(String code) {
        List<UnitListItem> found = units.search(new UnitFilter(code, null, null, true), PageRequest.of(0, 5));
        return units.get(found.stream().filter(u -> u.code().equalsIgnoreCase(code)).findFirst().orElseThrow().id());
    }

    private Path csv(String name, String... lines) throws IOException {
        Path file = folder.resolve(name);
        byte[] text = (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Files.write(file, withBom);
        return file;
    }

    private static Row row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
        return row;
    }
}
