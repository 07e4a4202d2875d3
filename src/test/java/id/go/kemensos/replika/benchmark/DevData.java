package id.go.kemensos.replika.benchmark;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * For trying the harness without the generator: pads the replication table to about {@code target} rows in one
 * INSERT ... SELECT over MariaDB's sequence engine, spread over every innovation, every other unit as adopter and
 * every status, with dates over two years. Rows only in {@code replication} (no histories or reports), so it is no
 * stand-in for the generated data set; use it on a throw-away database ({@code -Dbenchmark.profile=test}).
 */
final class DevData {

    private DevData() {
    }

    static void padReplications(JdbcTemplate jdbc, long target) {
        long present = jdbc.queryForObject("select count(*) from replication", Long.class);
        long missing = target - present;
        if (missing <= 0) {
            return;
        }
        long innovations = jdbc.queryForObject("select count(*) from innovation", Long.class);
        long units = jdbc.queryForObject("select count(*) from unit", Long.class);
        long start = System.nanoTime();
        int inserted = jdbc.update("""
                insert into replication (innovation_id, origin_unit_id, adopting_unit_id, status, status_since,
                    planned_start, progress_percent, last_report_at, created_by, created_at, modified_by, modified_at)
                select i.id, i.origin_unit_id, u.id,
                    elt(1 + s.seq % 7, 'DRAFT', 'SUBMITTED', 'APPROVED', 'IMPLEMENTING', 'EVALUATED',
                        'INSTITUTIONALISED', 'DISCONTINUED'),
                    utc_timestamp(6) - interval (s.seq % 1000000) minute, utc_date() - interval (s.seq % 700) day,
                    s.seq % 101, if(s.seq % 3 = 0, null, utc_timestamp(6) - interval (s.seq % 5000000) second),
                    'benchmark-pad', utc_timestamp(6) - interval (s.seq % 1000000) minute, 'benchmark-pad',
                    utc_timestamp(6) - interval ((s.seq * 7919) % 60000000) second
                from seq_1_to_{missing} s
                join (select id, origin_unit_id, row_number() over (order by id) - 1 as k from innovation) i
                    on i.k = s.seq % {innovations}
                join (select id, row_number() over (order by id) - 1 as k from unit) u
                    on u.k = (s.seq div {innovations} + s.seq * 31) % {units}
                where u.id <> i.origin_unit_id
                """.replace("{missing}", String.valueOf(missing)).replace("{innovations}", String.valueOf(innovations))
                .replace("{units}", String.valueOf(units)));
        jdbc.execute("analyze table replication");
        System.out.printf("BENCHMARK padded replication with %,d rows in %.1f s%n", inserted,
                (System.nanoTime() - start) / 1e9);
    }
}
