package id.go.kemensos.replika.report;

import static id.go.kemensos.replika.report.ImportServiceTest.UNIT_HEADER;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.kemensos.replika.IntegrationTest;
import id.go.kemensos.replika.audit.AuditEntries;
import id.go.kemensos.replika.audit.AuditEntries.Row;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * An import is one IMPORT entry with its counts, in the import's transaction, next to its rows' own entries; a
 * printed report is an EXPORT entry of the record it prints.
 */
@IntegrationTest
class ReportsAuditTest {

    @Autowired
    ImportService service;
    @Autowired
    ReportService reports;
    @Autowired
    AuditEntries audit;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    @Test
    @WithUserDetails("admin")
    void anImportIsRecordedOnceWithItsCounts() throws Exception {
        Path file = folder.resolve("unit-audit.csv");
        Files.writeString(file, UNIT_HEADER + "\r\nIMP-AUDIT-1,Sentra Audit Satu,UPT,,,,\r\n",
                StandardCharsets.UTF_8);
        long before = audit.lastId();
        try {
            ImportResult result = service.run(ImportKind.UNITS, file, "unit-audit.csv");
            assertThat(result.created()).isOne();

            List<Row> rows = audit.after(before);
            assertThat(rows).filteredOn(row -> row.action().equals("IMPORT")).singleElement().satisfies(row -> {
                assertThat(row.username()).isEqualTo("admin");
                assertThat(row.parsedDetails()).containsEntry("kind", "UNITS").containsEntry("file", "unit-audit.csv")
                        .containsEntry("imported", true).containsEntry("created", 1).containsEntry("updated", 0);
            });
            assertThat(rows).filteredOn(row -> row.action().equals("CREATE") && "Unit".equals(row.recordType()))
                    .singleElement().satisfies(row -> assertThat(row.details()).contains("IMP-AUDIT-1"));
        } finally {
            jdbc.update("delete from unit where code = 'IMP-AUDIT-1'");
        }
    }

    @Test
    @WithUserDetails("kartini")
    void aPrintedReportIsRecordedAsAnExportOfItsRecord() {
        long before = audit.lastId();

        ReportFile file = reports.unitSummary(10, ReportPeriod.year(2025), java.util.Locale.ENGLISH);

        assertThat(audit.after(before)).singleElement().satisfies(row -> {
            assertThat(row.action()).isEqualTo("EXPORT");
            assertThat(row.recordType()).isEqualTo("Unit");
            assertThat(row.recordId()).isEqualTo(10L);
            assertThat(row.username()).isEqualTo("kartini");
            assertThat(row.parsedDetails()).containsEntry("report", file.fileName());
        });
    }
}
