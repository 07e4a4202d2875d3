package id.go.kemensos.replika.base.db;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Arrays;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Says at start-up which profile and which database the portal runs on. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final DataSource dataSource;
    private final Environment environment;

    StartupReport(DataSource dataSource, Environment environment) {
        this.dataSource = dataSource;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        String profiles = environment.getActiveProfiles().length == 0
                ? "default (embedded demo)"
                : Arrays.toString(environment.getActiveProfiles());
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            log.info("Replika ready: profile {}, database {} {} at {}, Liquibase contexts '{}'", profiles,
                    meta.getDatabaseProductName(), meta.getDatabaseProductVersion(), meta.getURL(),
                    environment.getProperty("spring.liquibase.contexts", ""));
        } catch (SQLException e) {
            log.warn("Replika ready: profile {}, but the database did not answer: {}", profiles, e.getMessage());
        }
    }
}
