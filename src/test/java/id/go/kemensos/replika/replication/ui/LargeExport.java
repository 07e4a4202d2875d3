package id.go.kemensos.replika.replication.ui;

import id.go.kemensos.replika.base.export.ExportFormat;
import id.go.kemensos.replika.base.export.ExportSpec;
import id.go.kemensos.replika.base.export.Exports;
import id.go.kemensos.replika.base.i18n.AppI18NProvider;
import id.go.kemensos.replika.replication.ReplicationFilter;
import id.go.kemensos.replika.replication.ReplicationListItem;
import id.go.kemensos.replika.replication.ReplicationService;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 100,000 replications added in the caller's transaction (which must roll back), and a replication export of
 * them measured: rows, seconds, file size and the peak growth of the live heap (sampled after a GC every few
 * pages, so garbage does not count). Shared by {@code LargeExportTest} and {@code ExportBenchmark}.
 */
final class LargeExport {

    static final int ROWS = 100_000;
    private static final int SAMPLE_EVERY_PAGES = 4;

    record Figures(ExportFormat format, long rows, long rowsReadBack, double seconds, long fileBytes,
            long peakHeapGrowthBytes) {

        long peakHeapGrowthMiB() {
            return peakHeapGrowthBytes / (1024 * 1024);
        }

        @Override
        public String toString() {
            return String.format("%s export of %,d rows: %.1f s, file %,d KiB, peak live heap growth %,d KiB",
                    format, rows, seconds, fileBytes / 1024, peakHeapGrowthBytes / 1024);
        }
    }

    private LargeExport() {
    }

    /**
     * Adds {@link #ROWS} replications of one innovation into one other unit with MariaDB's sequence engine, in
     * one statement. Returns the adopting unit's id.
     */
    static long insertRows(JdbcTemplate jdbc) {
        Map<String, Object> innovation = jdbc.queryForMap(
                "select id, origin_unit_id from innovation order by id limit 1");
        long originUnit = ((Number) innovation.get("origin_unit_id")).longValue();
        long adoptingUnit = jdbc.queryForObject(
                "select min(id) from unit where id <> ? and type = 'UPT'", Long.class, originUnit);
        int inserted = jdbc.update("""
                insert into replication (innovation_id, origin_unit_id, adopting_unit_id, status, status_since,
                    planned_start, progress_percent, last_report_at, created_by, created_at, modified_by, modified_at)
                select ?, ?, ?, elt(1 + seq % 5, 'DRAFT', 'SUBMITTED', 'APPROVED', 'IMPLEMENTING', 'EVALUATED'),
                    utc_timestamp(6) - interval seq minute, utc_date() - interval (seq % 700) day, seq % 101,
                    if(seq % 3 = 0, null, utc_timestamp(6) - interval seq second), 'load-test',
                    utc_timestamp(6) - interval seq minute, 'load-test', utc_timestamp(6) - interval seq second
                from seq_1_to_{rows}
                """.replace("{rows}", String.valueOf(ROWS)), innovation.get("id"), originUnit, adoptingUnit);
        if (inserted != ROWS) {
            throw new IllegalStateException("Inserted " + inserted + " rows");
        }
        return adoptingUnit;
    }

    /** Exports every replication of {@code filter} (grid's default order) to {@code file} and reads it back. */
    static Figures export(ReplicationService service, ReplicationFilter filter, ExportFormat format, Path file)
            throws IOException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long baseline = liveHeap(memory);
        long[] peak = {baseline};
        int[] pages = {0};
        ExportSpec<ReplicationListItem> spec = ReplicationExport.spec(service, filter, Sort.unsorted());
        ExportSpec<ReplicationListItem> sampled = new ExportSpec<>(spec.slug(), spec.columns(), spec.sort(),
                spec.pageSize(), pageable -> {
                    if (pages[0]++ % SAMPLE_EVERY_PAGES == SAMPLE_EVERY_PAGES - 1) {
                        peak[0] = Math.max(peak[0], liveHeap(memory));
                    }
                    return spec.pages().apply(pageable);
                });
        long start = System.nanoTime();
        long rows;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            rows = Exports.write(sampled, format, AppI18NProvider.INDONESIAN, out);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        peak[0] = Math.max(peak[0], liveHeap(memory));
        long readBack = format == ExportFormat.CSV ? csvDataRows(file) : xlsxLastRowIndex(file);
        return new Figures(format, rows, readBack, seconds, Files.size(file), peak[0] - baseline);
    }

    private static long liveHeap(MemoryMXBean memory) {
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** The data records of a CSV file, read as a stream (the header and the byte order mark skipped). */
    private static long csvDataRows(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT.parse(reader)) {
            return parser.stream().count() - 1;
        }
    }

    /** The 0-based index of the sheet's last row (= data rows under a header), read as a stream. */
    private static long xlsxLastRowIndex(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile());
                InputStream sheet = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
            return lastRowIndex(sheet);
        }
    }

    private static long lastRowIndex(InputStream sheet) {
        try {
            XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(sheet);
            long last = -1;
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamReader.START_ELEMENT && xml.getLocalName().equals("row")) {
                    last = Long.parseLong(xml.getAttributeValue(null, "r")) - 1;
                }
            }
            return last;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }
}
