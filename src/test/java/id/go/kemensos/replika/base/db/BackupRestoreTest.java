package id.go.kemensos.replika.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import id.go.kemensos.replika.IntegrationTest;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * scripts/backup.sh and scripts/restore.sh against the test run's database (the demo data): the backup restored
 * into a fresh database has the same tables, views, sequences, routines and triggers, the same row counts and the
 * same table checksums; a second restore into the now non-empty database is refused.
 */
@IntegrationTest
class BackupRestoreTest {

    @Autowired
    HikariDataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    /** The embedded server's own clients (same version as the server); otherwise those on the PATH. */
    @Value("${replika.embedded-db.base-dir}")
    File embeddedBase;

    @Test
    void aBackupRestoresIntoAFreshDatabaseWithTheSameContent() throws Exception {
        String source = jdbc.queryForObject("select database()", String.class);
        String target = "replika_restore_" + System.nanoTime();
        Path folder = Files.createDirectories(Path.of("target", "backup-test"));
        try {
            Result backup = run(folder, Map.of(), "scripts/backup.sh");
            assertThat(backup.exit()).as(backup.output()).isZero();
            Path file = Path.of(backup.output().strip().lines().reduce((a, b) -> b).orElseThrow());
            assertThat(file.getFileName().toString()).matches(source + "-\\d{8}-\\d{6}Z\\.sql\\.gz");
            assertThat(file).exists();

            Result restore = run(folder, Map.of("REPLIKA_DB_NAME", target), "scripts/restore.sh",
                    file.toAbsolutePath().toString());
            assertThat(restore.exit()).as(restore.output()).isZero();

            assertThat(objects(target)).as("tables, views, sequences, routines, triggers")
                    .isEqualTo(objects(source)).isNotEmpty();
            assertThat(rowCounts(target)).as("row counts").isEqualTo(rowCounts(source));
            assertThat(rowCounts(source).get("innovation")).as("the demo data is there").isPositive();
            assertThat(checksums(target)).as("content of every table").isEqualTo(checksums(source));
            assertThat(sequences(target)).as("where the sequences stand").isEqualTo(sequences(source));

            Result again = run(folder, Map.of("REPLIKA_DB_NAME", target), "scripts/restore.sh",
                    file.toAbsolutePath().toString());
            assertThat(again.exit()).as("a non-empty database is refused").isNotZero();
            assertThat(again.output()).contains("not empty");
            assertThat(rowCounts(target)).as("and left as it was").isEqualTo(rowCounts(source));
        } finally {
            jdbc.execute("drop database if exists `" + target + "`");
            FileSystemUtils.deleteRecursively(folder);
        }
    }

    private Result run(Path backupDir, Map<String, String> env, String... command)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of(command)).redirectErrorStream(true);
        String url = dataSource.getJdbcUrl();
        builder.environment().put("REPLIKA_DB_URL", url.contains("?") ? url.substring(0, url.indexOf('?')) : url);
        builder.environment().put("REPLIKA_DB_USER", dataSource.getUsername());
        builder.environment().put("REPLIKA_DB_PASSWORD", dataSource.getPassword() == null ? ""
                : dataSource.getPassword());
        builder.environment().put("REPLIKA_BACKUP_DIR", backupDir.toString());
        // the embedded server runs with --skip-ssl
        builder.environment().put("REPLIKA_DB_SSL", "off");
        File clients = new File(embeddedBase, "bin");
        if (new File(clients, "mariadb-dump").canExecute()) {
            builder.environment().put("MARIADB_BIN", clients.getAbsolutePath());
        }
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("finished in time").isTrue();
        return new Result(process.exitValue(), output);
    }

    private record Result(int exit, String output) {
    }

    private Map<String, String> objects(String schema) {
        Map<String, String> objects = new TreeMap<>();
        jdbc.query("select table_name, table_type from information_schema.tables where table_schema = ?",
                row -> {
                    objects.put(row.getString(1), row.getString(2));
                }, schema);
        jdbc.query("select routine_name, routine_type from information_schema.routines where routine_schema = ?",
                row -> {
                    objects.put(row.getString(1), row.getString(2));
                }, schema);
        jdbc.query("select trigger_name, event_object_table from information_schema.triggers "
                + "where trigger_schema = ?", row -> {
                    objects.put(row.getString(1), "TRIGGER ON " + row.getString(2));
                }, schema);
        return objects;
    }

    private List<String> baseTables(String schema) {
        return jdbc.queryForList("select table_name from information_schema.tables where table_schema = ? "
                + "and table_type = 'BASE TABLE' order by table_name", String.class, schema);
    }

    private Map<String, Long> rowCounts(String schema) {
        Map<String, Long> counts = new HashMap<>();
        for (String table : baseTables(schema)) {
            counts.put(table, jdbc.queryForObject("select count(*) from `" + schema + "`.`" + table + "`",
                    Long.class));
        }
        return counts;
    }

    private Map<String, Long> sequences(String schema) {
        Map<String, Long> values = new HashMap<>();
        for (String sequence : jdbc.queryForList("select table_name from information_schema.tables "
                + "where table_schema = ? and table_type = 'SEQUENCE'", String.class, schema)) {
            values.put(sequence, jdbc.queryForObject("select next_not_cached_value from `" + schema + "`.`"
                    + sequence + "`", Long.class));
        }
        return values;
    }

    /**
     * Per table, a hash of every row's every column, computed in SQL. Not CHECKSUM TABLE: on the replication table,
     * which has a stored generated column, it gave different sums now and then for copies whose rows were equal.
     */
    private Map<String, String> checksums(String schema) {
        Map<String, String> checksums = new HashMap<>();
        for (String table : baseTables(schema)) {
            List<String> columns = jdbc.queryForList("select concat('`', column_name, '`') "
                    + "from information_schema.columns where table_schema = ? and table_name = ? "
                    + "order by ordinal_position", String.class, schema, table);
            String row = "concat_ws('|', " + String.join(", ", columns.stream()
                    .map(column -> "coalesce(hex(" + column + "), 'NULL')").toList()) + ")";
            checksums.put(table, jdbc.queryForObject("select concat(count(*), ':', coalesce(sum(crc32(" + row
                    + ")), 0), ':', coalesce(bit_xor(crc32(reverse(" + row + "))), 0)) from `" + schema + "`.`"
                    + table + "`", String.class));
        }
        return checksums;
    }
}
