package id.go.kemensos.replika.replication.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.kemensos.replika.IntegrationTest;
import id.go.kemensos.replika.base.export.ExportFormat;
import id.go.kemensos.replika.replication.ReplicationFilter;
import id.go.kemensos.replika.replication.ReplicationService;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * A 100,000-row export through the real service paging, in a transaction rolled back afterwards. Prints the
 * figures; the memory limit is kept by {@link ExportBenchmark}, not asserted here.
 */
@IntegrationTest
@Transactional
class LargeExportTest {

    @Autowired
    ReplicationService service;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    @Test
    @WithUserDetails("direktur")
    void aHundredThousandRowsAreWrittenAsCsvAndXlsx() throws IOException {
        long adoptingUnit = LargeExport.insertRows(jdbc);
        ReplicationFilter filter = new ReplicationFilter(null, null, null, adoptingUnit, null, null, null, false);
        long expected = service.count(filter);
        assertThat(expected).isGreaterThanOrEqualTo(LargeExport.ROWS);

        for (ExportFormat format : ExportFormat.values()) {
            LargeExport.Figures figures = LargeExport.export(service, filter, format,
                    folder.resolve("replikasi." + format.extension()));
            System.out.println(figures);
            assertThat(figures.rows()).isEqualTo(expected);
            assertThat(figures.rowsReadBack()).as("rows read back from the file").isEqualTo(expected);
        }
    }
}
