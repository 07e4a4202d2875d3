package id.go.kemensos.replika.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import id.go.kemensos.replika.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two Liquibase updates of the whole changelog (with the demo data) started at the same moment on one fresh
 * database, each on its own connection pool, as two instances starting together would: both succeed, every change
 * set is applied once, and the lock is released. (Without {@link MigrationLock}, one of them fails on a fresh
 * database: both create the changelog tables at once.)
 */
@IntegrationTest
class ConcurrentMigrationTest {

    private static final String DATABASE = "replika_concurrent_migration";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void twoMigrationsAtOnceBothSucceedAndApplyEachChangeSetOnce() throws Exception {
        jdbc.execute("drop database if exists `" + DATABASE + "`");
        jdbc.execute("create database `" + DATABASE + "` character set utf8mb4 collate utf8mb4_general_ci");
        String url = ((HikariDataSource) dataSource).getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + DATABASE + "$1");
        List<HikariDataSource> pools = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            CyclicBarrier sameMoment = new CyclicBarrier(2);
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                HikariDataSource pool = new HikariDataSource();
                pool.setJdbcUrl(url);
                pool.setUsername("root");
                pool.setPassword("");
                pool.setMaximumPoolSize(2);
                pools.add(pool);
                runs.add(threads.submit(() -> {
                    SpringLiquibase liquibase = new SpringLiquibase();
                    liquibase.setDataSource(pool);
                    liquibase.setChangeLog("classpath:db/changelog/db.changelog-master.yaml");
                    liquibase.setContexts("demo");
                    liquibase.setResourceLoader(new DefaultResourceLoader());
                    // as at an instance's start: the migration lock around Liquibase's run
                    MigrationLock.Holder lock = new MigrationLock.Holder();
                    sameMoment.await();
                    lock.postProcessBeforeInitialization(liquibase, "liquibase");
                    try {
                        liquibase.afterPropertiesSet();
                    } finally {
                        lock.postProcessAfterInitialization(liquibase, "liquibase");
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pools.forEach(HikariDataSource::close);
        }
        String changelog = "`" + DATABASE + "`.DATABASECHANGELOG";
        assertThat(jdbc.queryForObject("select count(*) from " + changelog, Long.class)).isPositive()
                .isEqualTo(jdbc.queryForObject("select count(distinct id, author, filename) from " + changelog,
                        Long.class));
        assertThat(jdbc.queryForObject("select count(*) from `" + DATABASE + "`.DATABASECHANGELOGLOCK where locked",
                Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from `" + DATABASE + "`.app_user where username = 'admin'",
                Long.class)).isOne();
        jdbc.execute("drop database `" + DATABASE + "`");
    }
}
