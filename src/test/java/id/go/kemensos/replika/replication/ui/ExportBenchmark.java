package id.go.kemensos.replika.replication.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.kemensos.replika.IntegrationTest;
import id.go.kemensos.replika.base.export.ExportFormat;
import id.go.kemensos.replika.replication.ReplicationFilter;
import id.go.kemensos.replika.replication.ReplicationService;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the limit that {@link LargeExportTest} only prints: exporting 100,000 rows must not grow the live heap by
 * more than {@value #HEAP_LIMIT_MIB} MiB. Tagged {@code benchmark}, so the default build leaves it out; run it with
 * {@code ./mvnw test -Dtest=ExportBenchmark -DexcludedGroups=none} (see docs/decisions/0013-exports.md).
 */
@Tag("benchmark")
@IntegrationTest
@Transactional
class ExportBenchmark {

    static final long HEAP_LIMIT_MIB = 64;

    @Autowired
    ReplicationService service;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    @Test
    @WithUserDetails("direktur")
    void aHundredThousandRowExportStaysWithinTheHeapLimit() throws IOException {
        long adoptingUnit = LargeExport.insertRows(jdbc);
        ReplicationFilter filter = new ReplicationFilter(null, null, null, adoptingUnit, null, null, null, false);
        long expected = service.count(filter);

        for (ExportFormat format : ExportFormat.values()) {
            LargeExport.Figures figures = LargeExport.export(service, filter, format,
                    folder.resolve("replikasi." + format.extension()));
            System.out.println("BENCHMARK " + figures);
            assertThat(figures.rowsReadBack()).isEqualTo(expected);
            assertThat(figures.peakHeapGrowthMiB()).as("peak live heap growth in MiB, " + format)
                    .isLessThan(HEAP_LIMIT_MIB);
        }
    }
}
