package id.go.kemensos.replika.report;

import static id.go.kemensos.replika.report.ImportServiceTest.INNOVATION_HEADER;
import static id.go.kemensos.replika.report.ImportServiceTest.UNIT_HEADER;
import static id.go.kemensos.replika.report.ImportServiceTest.WORKSHOP_HEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.kemensos.replika.IntegrationTest;
import id.go.kemensos.replika.base.BusinessException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Imports that really commit or roll back: no test transaction here, so what the import's own transaction leaves
 * behind is what the database holds afterwards. A trigger makes the database refuse one row in the middle of a
 * file. Every test drops its trigger and deletes the rows it may have created, by their codes.
 */
@IntegrationTest
class ImportAllOrNothingTest {

    private static final String TRIGGER = "import_test_refuses_row";

    @Autowired
    ImportService service;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    @Test
    @WithUserDetails("admin")
    void aWorkshopTheDatabaseRefusesMidImportLeavesNoWorkshopOfTheFileAndSaysWhy() throws IOException {
        List<String> codes = List.of("SW-0971", "SW-0972", "SW-0973");
        Path file = csv("workshops.csv", WORKSHOP_HEADER,
                "SW-0971,SWP Utuh Satu,ST-KARTINI,,Kab. Uji,Jawa Tengah,,,,,,,MENTORING,",
                "SW-0972,SWP Utuh Dua,ST-KARTINI,,Kab. Uji,Jawa Tengah,,,,,,,MENTORING,",
                "SW-0973,SWP Utuh Tiga,ST-KARTINI,,Kab. Uji,Jawa Tengah,,,,,,,MENTORING,");
        try {
            refuseInsert("workshop", "SW-0972");
            assertThat(service.preview(ImportKind.WORKSHOPS, file, "workshops.csv").importable()).isTrue();

            assertThatThrownBy(() -> service.run(ImportKind.WORKSHOPS, file, "workshops.csv"))
                    .isInstanceOf(BusinessException.class)
                    .extracting(e -> ((BusinessException) e).getMessageKey()).isEqualTo("import.error.conflict");
            assertThat(countCodes("workshop", codes)).as("the row written before the refused one is gone too")
                    .isZero();
        } finally {
            cleanUp("workshop", codes);
        }
    }

    @Test
    @WithUserDetails("admin")
    void aWorkshopCodeTakenMeanwhileIsReportedAsTheCodeNotTheName() throws IOException {
        List<String> codes = List.of("SW-0974", "SW-0975");
        Path file = csv("workshops.csv", WORKSHOP_HEADER,
                "SW-0974,SWP Kode Satu,ST-KARTINI,,Kab. Uji,Jawa Tengah,,,,,,,MENTORING,",
                "SW-0975,SWP Kode Dua,ST-KARTINI,,Kab. Uji,Jawa Tengah,,,,,,,MENTORING,");
        try {
            // as if another import had just given SW-0975's code to a workshop: here the demo's SW-0001
            jdbc.execute("create trigger " + TRIGGER + " before insert on workshop for each row "
                    + "if new.code = 'SW-0975' then set new.code = 'SW-0001'; end if");

            assertThatThrownBy(() -> service.run(ImportKind.WORKSHOPS, file, "workshops.csv"))
                    .isInstanceOfSatisfying(BusinessException.class, e -> {
                        assertThat(e.getMessageKey()).isEqualTo("workshop.validation.codeTaken");
                        assertThat(e.getArgs()).containsExactly("SW-0975");
                    });
            assertThat(countCodes("workshop", codes)).isZero();
        } finally {
            cleanUp("workshop", codes);
        }
    }

    @Test
    @WithUserDetails("admin")
    void aUnitTheDatabaseRefusesMidImportLeavesNoUnitOfTheFile() throws IOException {
        List<String> codes = List.of("IMP-UTUH-1", "IMP-UTUH-2", "IMP-UTUH-3");
        Path file = csv("units.csv", UNIT_HEADER,
                "IMP-UTUH-1,Sentra Utuh Satu,UPT,,,,",
                "IMP-UTUH-2,Sentra Utuh Dua,UPT,IMP-UTUH-1,,,",
                "IMP-UTUH-3,Sentra Utuh Tiga,UPT,,,,");
        try {
            refuseInsert("unit", "IMP-UTUH-2");

            assertThatThrownBy(() -> service.run(ImportKind.UNITS, file, "units.csv"))
                    .isInstanceOf(BusinessException.class)
                    .extracting(e -> ((BusinessException) e).getMessageKey()).isEqualTo("import.error.conflict");
            assertThat(countCodes("unit", codes)).isZero();
        } finally {
            cleanUp("unit", codes);
        }
    }

    @Test
    @WithUserDetails("direktur")
    void anInnovationTheDatabaseRefusesMidImportLeavesNoInnovationOfTheFile() throws IOException {
        List<String> codes = List.of("INV-2020-0971", "INV-2020-0972", "INV-2020-0973");
        Path file = csv("inovasi.csv", INNOVATION_HEADER,
                "INV-2020-0971,Layanan Utuh Satu,ST-KARTINI,,2020,,,,,,INITIATIVE,ACTIVE",
                "INV-2020-0972,Layanan Utuh Dua,ST-KARTINI,,2020,,,,,,INITIATIVE,ACTIVE",
                "INV-2020-0973,Layanan Utuh Tiga,ST-KARTINI,,2020,,,,,,INITIATIVE,ACTIVE");
        try {
            refuseInsert("innovation", "INV-2020-0972");

            assertThatThrownBy(() -> service.run(ImportKind.INNOVATIONS, file, "inovasi.csv"))
                    .isInstanceOf(BusinessException.class)
                    .extracting(e -> ((BusinessException) e).getMessageKey()).isEqualTo("import.error.conflict");
            assertThat(countCodes("innovation", codes)).isZero();
        } finally {
            cleanUp("innovation", codes);
        }
    }

    @Test
    @WithUserDetails("admin")
    void aCommittedWorkshopImportOfTheSameFileAgainChangesNothing() throws IOException {
        List<String> codes = List.of("SW-0976", "SW-0977");
        Path file = csv("workshops.csv", WORKSHOP_HEADER,
                "SW-0976,SWP Ulang Satu,ST-KARTINI,Desa Uji,Kab. Uji,Jawa Tengah,2021-03-15,KSM Uji,2021-04-01,"
                        + "2023-03-31,Bu Uji,Keset,INDEPENDENT,Sebuah uraian",
                "SW-0977,SWP Ulang Dua,ST-KARTINI,,Kab. Uji,Jawa Tengah,,,,,,,MENTORING,");
        try {
            ImportResult first = service.run(ImportKind.WORKSHOPS, file, "workshops.csv");
            assertThat(List.of(first.created(), first.updated(), first.unchanged())).containsExactly(2, 0, 0);
            List<String> stored = rows(codes);
            assertThat(stored).hasSize(2);

            ImportResult again = service.run(ImportKind.WORKSHOPS, file, "workshops.csv");

            assertThat(List.of(again.created(), again.updated(), again.unchanged())).containsExactly(0, 0, 2);
            assertThat(rows(codes)).as("same versions and modification times").isEqualTo(stored);
        } finally {
            cleanUp("workshop", codes);
        }
    }

    /** Makes the database refuse to insert the row of {@code table} with {@code code}, as a unique key would. */
    private void refuseInsert(String table, String code) {
        jdbc.execute("create trigger " + TRIGGER + " before insert on " + table + " for each row "
                + "if new.code = '" + code + "' then "
                + "signal sqlstate '23000' set message_text = 'refused by ImportAllOrNothingTest'; end if");
    }

    private long countCodes(String table, List<String> codes) {
        return jdbc.queryForObject("select count(*) from " + table + " where code in (" + placeholders(codes) + ")",
                Long.class, codes.toArray());
    }

    private List<String> rows(List<String> codes) {
        return jdbc.queryForList("select concat_ws('|', code, version, modified_at) from workshop "
                + "where code in (" + placeholders(codes) + ") order by code", String.class, codes.toArray());
    }

    private static String placeholders(List<String> values) {
        return String.join(", ", Collections.nCopies(values.size(), "?"));
    }

    private void cleanUp(String table, List<String> codes) {
        jdbc.execute("drop trigger if exists " + TRIGGER);
        for (String code : codes) {
            jdbc.update("delete from " + table + " where code = ?", code);
        }
    }

    private Path csv(String name, String... lines) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        return file;
    }
}
