package id.go.kemensos.replika.base.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lets one instance at a time migrate the database. Liquibase's own lock (DATABASECHANGELOGLOCK) cannot cover a
 * fresh database: both instances then create the changelog tables at once and one fails ("error occurred while
 * attempting to create the database changelog table"). So the whole Liquibase run is wrapped in a MariaDB named
 * lock ({@code GET_LOCK}), held on its own connection from just before the migration to just after it; the second
 * instance waits, then finds nothing left to do. A named lock lives on one server: with Galera, all instances must
 * reach the same node (as the README's proxy setup does).
 */
@Configuration(proxyBeanMethods = false)
class MigrationLock {

    static final String LOCK_NAME = "replika.liquibase";
    private static final int WAIT_SECONDS = 600;
    private static final Logger log = LoggerFactory.getLogger(MigrationLock.class);

    @Bean
    static BeanPostProcessor liquibaseMigrationLock() {
        return new Holder();
    }

    /** Takes the lock before Liquibase's migration (its init method) and releases it after, or at shutdown. */
    static final class Holder implements BeanPostProcessor, DisposableBean {

        private Connection held;

        @Override
        public Object postProcessBeforeInitialization(Object bean, String beanName) {
            if (bean instanceof SpringLiquibase liquibase && liquibase.getDataSource() != null) {
                acquire(liquibase.getDataSource());
            }
            return bean;
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (bean instanceof SpringLiquibase) {
                release();
            }
            return bean;
        }

        @Override
        public void destroy() {
            release();
        }

        private synchronized void acquire(DataSource dataSource) {
            long started = System.nanoTime();
            try {
                Connection connection = dataSource.getConnection();
                try (PreparedStatement lock = connection.prepareStatement("select get_lock(?, ?)")) {
                    lock.setString(1, LOCK_NAME);
                    lock.setInt(2, WAIT_SECONDS);
                    try (ResultSet result = lock.executeQuery()) {
                        if (!result.next() || result.getInt(1) != 1) {
                            connection.close();
                            throw new IllegalStateException("Another instance has been migrating the database for "
                                    + WAIT_SECONDS + " s; not starting");
                        }
                    }
                }
                held = connection;
                long waited = (System.nanoTime() - started) / 1_000_000;
                if (waited > 1_000) {
                    log.info("Waited {} ms for another instance to finish migrating the database", waited);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not take the migration lock", e);
            }
        }

        private synchronized void release() {
            if (held == null) {
                return;
            }
            try (Connection connection = held;
                    PreparedStatement unlock = connection.prepareStatement("select release_lock(?)")) {
                unlock.setString(1, LOCK_NAME);
                unlock.execute();
            } catch (SQLException e) {
                log.warn("Could not release the migration lock cleanly (closing its connection releases it)", e);
            } finally {
                held = null;
            }
        }
    }
}
