package id.go.kemensos.replika.scale;

import com.zaxxer.hikari.HikariDataSource;
import id.go.kemensos.replika.Application;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code scripts/generate-data.sh [--seed N] [--scale F] [--as-of YYYY-MM-DD] [--force] [--checksum]}: generates
 * the national-scale data set. With {@code REPLIKA_DB_URL} (and {@code REPLIKA_DB_USER}, {@code REPLIKA_DB_PASSWORD})
 * it writes into that database, whose schema the portal has made; otherwise it starts the portal's {@code scale}
 * profile on a free port (the embedded MariaDB in {@code ./data-scale/}, Liquibase with the demo data) and
 * writes there. {@code --checksum} only prints the per-table checksum of the generated rows.
 */
public final class GenerateData {

    private GenerateData() {
    }

    public static void main(String[] args) throws Exception {
        long seed = 1;
        double scale = 1.0;
        LocalDate asOf = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        boolean force = false;
        boolean checksumOnly = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--scale" -> scale = Double.parseDouble(args[++i]);
                case "--as-of" -> asOf = LocalDate.parse(args[++i]);
                case "--force" -> force = true;
                case "--checksum" -> checksumOnly = true;
                default -> {
                    System.err.println("Unknown option " + args[i] + "\nUsage: scripts/generate-data.sh [--seed N] "
                            + "[--scale F] [--as-of YYYY-MM-DD] [--force] [--checksum]");
                    System.exit(2);
                }
            }
        }
        if (!(scale > 0)) {
            System.err.println("--scale must be positive");
            System.exit(2);
        }
        ScaleDataGenerator.Options options = new ScaleDataGenerator.Options(seed, scale, asOf, force);
        String url = System.getenv("REPLIKA_DB_URL");
        int exit;
        if (url != null && !url.isBlank()) {
            System.out.println("Database: " + url);
            exit = run(new ScaleDataGenerator(url, System.getenv("REPLIKA_DB_USER"),
                    System.getenv().getOrDefault("REPLIKA_DB_PASSWORD", ""), System.out), options, checksumOnly);
        } else {
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                    .profiles("scale")
                    // Vaadin's security configuration needs a servlet context: serve on a free port meanwhile
                    .properties("server.port=0", "logging.level.root=warn").run()) {
                HikariDataSource dataSource = context.getBean(HikariDataSource.class);
                System.out.println("Database: the scale profile's embedded MariaDB, " + dataSource.getJdbcUrl());
                exit = run(new ScaleDataGenerator(dataSource.getJdbcUrl(), dataSource.getUsername(),
                        dataSource.getPassword() == null ? "" : dataSource.getPassword(), System.out), options,
                        checksumOnly);
            }
        }
        System.exit(exit);
    }

    private static int run(ScaleDataGenerator generator, ScaleDataGenerator.Options options, boolean checksumOnly)
            throws Exception {
        if (checksumOnly) {
            for (Map.Entry<String, String> sum : generator.checksums().entrySet()) {
                System.out.printf("%-24s %s%n", sum.getKey(), sum.getValue());
            }
            return 0;
        }
        try {
            generator.generate(options);
            return 0;
        } catch (ScaleDataGenerator.RefusedException refused) {
            System.err.println(refused.getMessage());
            return 3;
        }
    }
}
