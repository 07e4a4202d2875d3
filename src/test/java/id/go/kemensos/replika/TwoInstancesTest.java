package id.go.kemensos.replika;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.kemensos.replika.security.AppUserPrincipal;
import id.go.kemensos.replika.unit.UnitDetails;
import id.go.kemensos.replika.unit.UnitForm;
import id.go.kemensos.replika.unit.UnitService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two instances of the portal (two whole Spring Boot applications, each with its own web server on its own port,
 * connection pool and Hibernate session factory) started at the same moment against one fresh database on the test
 * run's MariaDB server: both migrate it at once (Liquibase's lock) and start, both serve, the daily job fired on both
 * at the same moment runs once, and an edit made through one is read through the other.
 */
@IntegrationTest
@Order(Integer.MAX_VALUE - 1) // late: two more portals in this JVM; before DatabaseOutageTest, which runs last
class TwoInstancesTest {

    private static final Logger log = LoggerFactory.getLogger(TwoInstancesTest.class);
    private static final String DATABASE = "replika_two_instances";
    private static final String JOB = "overdue-report-reminder";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twoInstancesOnOneFreshDatabaseBehaveAsOnePortal() throws Exception {
        jdbc.execute("drop database if exists `" + DATABASE + "`");
        // each instance's Vaadin installs its own strategy in the JVM-wide holder; the test run's context keeps its own
        SecurityContextHolderStrategy ours = SecurityContextHolder.getContextHolderStrategy();
        long started = System.nanoTime();
        List<ConfigurableApplicationContext> instances;
        try {
            instances = startTogether(2);
        } finally {
            SecurityContextHolder.setContextHolderStrategy(ours);
        }
        try {
            log.info("Two instances started together on a fresh database in {} ms",
                    (System.nanoTime() - started) / 1_000_000);
            ConfigurableApplicationContext a = instances.get(0);
            ConfigurableApplicationContext b = instances.get(1);

            migratedOnce();
            for (ConfigurableApplicationContext instance : instances) {
                serves(instance);
            }
            theDailyJobRunsOnce(a, b);
            anEditThroughOneIsSeenThroughTheOther(a, b);
        } finally {
            for (ConfigurableApplicationContext instance : instances) {
                instance.getBeanProvider(SecurityContextHolderStrategy.class)
                        .ifAvailable(SecurityContextHolderStrategy::clearContext);
                instance.close();
            }
            SecurityContextHolder.setContextHolderStrategy(ours);
            SecurityContextHolder.clearContext();
            jdbc.execute("drop database if exists `" + DATABASE + "`");
        }
    }

    /** Every change set applied exactly once, the Liquibase lock released, the demo data there once. */
    private void migratedOnce() {
        Long applied = jdbc.queryForObject("select count(*) from `" + DATABASE + "`.DATABASECHANGELOG", Long.class);
        Long distinct = jdbc.queryForObject("select count(distinct id, author, filename) from `" + DATABASE
                + "`.DATABASECHANGELOG", Long.class);
        assertThat(applied).isPositive().isEqualTo(distinct);
        assertThat(jdbc.queryForObject("select count(*) from `" + DATABASE + "`.DATABASECHANGELOGLOCK where locked",
                Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from `" + DATABASE + "`.app_user where username = 'admin'",
                Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from `" + DATABASE + "`.document", Long.class))
                .as("demo evidence").isPositive();
        assertThat(jdbc.queryForObject("select count(*) from (select owner_type, owner_id, doc_type from `" + DATABASE
                + "`.document group by owner_type, owner_id, doc_type having count(*) > 1) d", Long.class))
                .as("demo evidence added by one instance only").isZero();
    }

    private static void serves(ConfigurableApplicationContext instance) throws Exception {
        String base = "http://localhost:" + instance.getEnvironment().getProperty("local.server.port");
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).as(base + "/login").isEqualTo(200);
            HttpResponse<String> health = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"UP\"");
        }
    }

    /** The scheduler's own task for the daily reminder, fired on both instances at the same moment. */
    private void theDailyJobRunsOnce(ConfigurableApplicationContext a, ConfigurableApplicationContext b)
            throws Exception {
        Runnable onA = dailyReminder(a);
        Runnable onB = dailyReminder(b);
        CyclicBarrier sameMoment = new CyclicBarrier(2);
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            Future<?> first = threads.submit(() -> fireAt(sameMoment, onA));
            Future<?> second = threads.submit(() -> fireAt(sameMoment, onB));
            first.get();
            second.get();
        }
        assertThat(jdbc.queryForList("select instance from `" + DATABASE + "`.job_run where job_name = ?",
                String.class, JOB)).as("runs of the daily job").hasSize(1);
        assertThat(jdbc.queryForObject("select outcome from `" + DATABASE + "`.job_run where job_name = ?",
                String.class, JOB)).isEqualTo("DONE");
        assertThat(jdbc.queryForObject("select count(*) from `" + DATABASE + "`.shedlock where name = ? "
                + "and lock_until > utc_timestamp(3)", Long.class, JOB)).as("held for its minimum time").isOne();

        // fired again (e.g. a scheduler a little late): still within the lock's minimum time, so skipped
        onB.run();
        onA.run();
        assertThat(jdbc.queryForObject("select count(*) from `" + DATABASE + "`.job_run where job_name = ?",
                Long.class, JOB)).isOne();
    }

    private static void fireAt(CyclicBarrier barrier, Runnable task) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        task.run();
    }

    private static Runnable dailyReminder(ConfigurableApplicationContext instance) {
        List<ScheduledTask> tasks = new ArrayList<>();
        instance.getBeansOfType(ScheduledTaskHolder.class).values()
                .forEach(holder -> tasks.addAll(holder.getScheduledTasks()));
        return tasks.stream()
                .map(task -> task.getTask().getRunnable())
                .filter(runnable -> runnable.toString().contains("OverdueReportReminder.runDaily"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no scheduled daily reminder among " + tasks));
    }

    private void anEditThroughOneIsSeenThroughTheOther(ConfigurableApplicationContext a,
            ConfigurableApplicationContext b) {
        signInAs(a, "admin");
        signInAs(b, "admin");
        UnitService unitsOnA = a.getBean(UnitService.class);
        UnitService unitsOnB = b.getBean(UnitService.class);
        long id = jdbc.queryForObject("select min(id) from `" + DATABASE + "`.unit", Long.class);
        UnitDetails before = unitsOnB.get(id);
        UnitForm form = unitsOnA.get(id).toForm();
        form.setHeadName("Dr. Sri Rahayu (ganti " + System.nanoTime() % 10_000 + ")");
        UnitDetails saved = unitsOnA.update(id, before.version(), form);

        UnitDetails seenOnB = unitsOnB.get(id);
        assertThat(seenOnB.headName()).isEqualTo(form.getHeadName()).isNotEqualTo(before.headName());
        assertThat(seenOnB.version()).isEqualTo(saved.version()).isGreaterThan(before.version());
    }

    /**
     * Signs in on this thread, in the instance's own security context strategy (Vaadin gives each one its own) and in
     * the JVM-wide holder; both instances' calls then run as that user.
     */
    private static void signInAs(ConfigurableApplicationContext instance, String username) {
        AppUserPrincipal user = (AppUserPrincipal) instance.getBean(UserDetailsService.class)
                .loadUserByUsername(username);
        SecurityContextHolderStrategy strategy = instance.getBeanProvider(SecurityContextHolderStrategy.class)
                .getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        strategy.setContext(context);
        SecurityContextHolder.setContext(context); // what CurrentUser reads
    }

    /** Starts {@code count} instances at the same moment, each on its own random port. */
    private static List<ConfigurableApplicationContext> startTogether(int count) throws Exception {
        CyclicBarrier sameMoment = new CyclicBarrier(count);
        List<CompletableFuture<ConfigurableApplicationContext>> starting = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            starting.add(CompletableFuture.supplyAsync(() -> {
                try {
                    sameMoment.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return new SpringApplicationBuilder(Application.class)
                        .profiles("test")
                        .run("--server.port=0",
                                "--replika.embedded-db.database=" + DATABASE,
                                "--replika.documents.dir=target/two-instances-documents",
                                "--spring.jmx.enabled=false");
            }));
        }
        List<ConfigurableApplicationContext> started = new ArrayList<>();
        Exception failure = null;
        for (CompletableFuture<ConfigurableApplicationContext> instance : starting) {
            try {
                started.add(instance.get());
            } catch (Exception e) {
                failure = e;
            }
        }
        if (failure != null) {
            started.forEach(ConfigurableApplicationContext::close);
            throw failure;
        }
        return started;
    }
}
