package id.go.kemensos.replika.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import id.go.kemensos.replika.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The data generator at a tiny scale, into its own database on the test run's embedded server (schema and demo
 * seed by Liquibase), so the shared test database is not touched: consistent rows, refusal, determinism.
 */
@IntegrationTest
class ScaleDataGeneratorTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

    @Autowired
    HikariDataSource shared;

    @Autowired
    JdbcTemplate sharedJdbc;

    @Test
    void generatesAConsistentDeterministicDataSetAndRefusesToRunTwice() throws Exception {
        String database = "replika_generator_" + System.nanoTime();
        sharedJdbc.execute("create database `" + database + "` character set utf8mb4 collate utf8mb4_general_ci");
        String base = shared.getJdbcUrl();
        String url = base.substring(0, base.lastIndexOf('/') + 1) + database;
        try (SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, shared.getUsername(),
                shared.getPassword() == null ? "" : shared.getPassword(), true)) {
            migrate(dataSource);
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            ScaleDataGenerator generator = new ScaleDataGenerator(url, shared.getUsername(),
                    shared.getPassword() == null ? "" : shared.getPassword(),
                    new PrintStream(log, true, StandardCharsets.UTF_8));
            assertThat(generator.findings()).as("only the demo seed").isEmpty();

            Map<String, Long> rows = generator.generate(new ScaleDataGenerator.Options(7, 0.002, AS_OF, false));
            assertThat(rows).containsEntry("replication", 2_000L).containsEntry("innovation", 200L)
                    .containsEntry("workshop", 10L).containsEntry("workshop_report", 240L);
            assertThat(jdbc.queryForObject("select count(*) from unit", Long.class)).as("units").isGreaterThan(600);
            assertThat(log.toString(StandardCharsets.UTF_8)).contains("total");
            Map<String, String> first = generator.checksums();

            // every replication's history starts with DRAFT, ends in its status, at status_since, in time order
            assertThat(jdbc.queryForObject("""
                    select count(*) from replication r where r.created_by = 'generator' and not exists (
                      select 1 from replication_transition t where t.replication_id = r.id and t.to_status = r.status
                        and t.created_at = r.status_since and t.id = (select max(id) from replication_transition
                          where replication_id = r.id))""", Long.class)).as("last transition = status").isZero();
            assertThat(jdbc.queryForObject("""
                    select count(*) from replication_transition t join replication_transition p
                      on p.replication_id = t.replication_id and p.id = t.id - 1
                    where t.created_by = 'generator' and (p.created_at >= t.created_at
                      or not (p.to_status <=> t.from_status))""", Long.class))
                    .as("each step starts where the last ended, later").isZero();
            assertThat(jdbc.queryForObject("""
                    select count(*) from replication r where r.created_by = 'generator' and (
                      (select from_status from replication_transition where replication_id = r.id order by id limit 1)
                        is not null
                      or r.status_since > '2026-12-01 23:59:59' or r.created_at > r.status_since)""", Long.class))
                    .isZero();
            // reports only after the start of implementation, never after the next step; last_report_at matches
            assertThat(jdbc.queryForObject("""
                    select count(*) from monitoring_report m join replication r on r.id = m.replication_id
                    where m.created_by = 'generator' and (r.actual_start is null or m.created_at < r.actual_start
                      or m.created_at > r.modified_at or m.created_at > r.last_report_at)""", Long.class)).isZero();
            assertThat(jdbc.queryForObject("""
                    select count(*) from replication r where r.created_by = 'generator' and not (r.last_report_at <=>
                      (select max(created_at) from monitoring_report where replication_id = r.id))""", Long.class))
                    .isZero();
            assertThat(jdbc.queryForObject("""
                    select count(*) from monitoring_report m join replication r on r.id = m.replication_id
                    where r.created_by = 'generator' and r.status in ('DRAFT', 'SUBMITTED', 'APPROVED')""", Long.class))
                    .as("no reports before implementation").isZero();
            double reportsPerImplemented = jdbc.queryForObject("""
                    select count(*) / (select count(*) from replication where created_by = 'generator'
                      and status in ('IMPLEMENTING', 'EVALUATED', 'INSTITUTIONALISED'))
                    from monitoring_report m join replication r on r.id = m.replication_id
                    where r.created_by = 'generator' and r.status <> 'DISCONTINUED'""", Double.class);
            assertThat(reportsPerImplemented).as("about 3 reports each").isBetween(2.0, 3.5);
            // evaluations exactly where the workflow passed EVALUATED, on that day
            assertThat(jdbc.queryForObject("""
                    select count(*) from replication r where r.created_by = 'generator'
                      and (exists (select 1 from replication_transition t where t.replication_id = r.id
                                     and t.to_status = 'EVALUATED'))
                       <> (exists (select 1 from evaluation e where e.replication_id = r.id
                                     and e.evaluated_on = (select date(created_at) from replication_transition t
                                       where t.replication_id = r.id and t.to_status = 'EVALUATED'))) """,
                    Long.class)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from replication where created_by = 'generator' "
                    + "and adopting_unit_id in (select id from unit where code in ('ST-KARTINI', 'ST-SOEHARSO', "
                    + "'S-WYATA-GUNA'))", Long.class)).as("the demo operators' units adopt many").isGreaterThan(100);

            assertThatThrownBy(() -> generator.generate(new ScaleDataGenerator.Options(7, 0.002, AS_OF, false)))
                    .isInstanceOf(ScaleDataGenerator.RefusedException.class)
                    .hasMessageContaining("replication: 2000 row(s) from an earlier generator run");
            jdbc.update("insert into app_user (username, full_name, password_hash, role, created_by, created_at, "
                    + "modified_by, modified_at) values ('budi', 'Budi', 'x', 'ADMIN', 'admin', now(), 'admin', now())");
            assertThat(generator.findings()).anyMatch(f -> f.contains("other than the demo accounts: budi"))
                    .anyMatch(f -> f.contains("app_user: 1 row(s) not from the demo data (created by admin)"));

            generator.generate(new ScaleDataGenerator.Options(7, 0.002, AS_OF, true));
            assertThat(generator.checksums()).as("the same seed gives the same rows").isEqualTo(first);
            generator.generate(new ScaleDataGenerator.Options(8, 0.002, AS_OF, true));
            assertThat(generator.checksums().get("replication")).as("another seed, other rows")
                    .isNotEqualTo(first.get("replication"));
        } finally {
            sharedJdbc.execute("drop database if exists `" + database + "`");
        }
    }

    private static void migrate(DataSource dataSource) throws Exception {
        SpringLiquibase liquibase = new SpringLiquibase();
        liquibase.setDataSource(dataSource);
        liquibase.setChangeLog("classpath:db/changelog/db.changelog-master.yaml");
        liquibase.setContexts("demo");
        liquibase.setResourceLoader(new DefaultResourceLoader());
        liquibase.afterPropertiesSet();
    }
}
