package id.go.kemensos.replika.base;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.UUID;
import java.util.function.IntSupplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Records each run of a scheduled job in {@code job_run} (which instance, when, how many items, how it ended), each
 * write in its own short statement outside the job's transactions, so operators can see that a daily job ran once
 * across all instances and a crashed run stays visible as RUNNING.
 */
@Component
public class JobRuns {

    private final JdbcClient jdbc;
    private final String instance;

    JobRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.instance = instanceName();
    }

    /** Runs the job, recording its start and end; returns what the job returns (its item count). */
    public int record(String jobName, IntSupplier job) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into job_run (job_name, instance, started_at, outcome) values (?, ?, ?, 'RUNNING')")
                .params(jobName, instance, Instant.now())
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        try {
            int items = job.getAsInt();
            finish(id, "DONE", items);
            return items;
        } catch (RuntimeException | Error e) {
            finish(id, "FAILED", null);
            throw e;
        }
    }

    /** How many runs of the job are recorded (for tests and operators). */
    public long count(String jobName) {
        return jdbc.sql("select count(*) from job_run where job_name = ?").param(jobName).query(Long.class).single();
    }

    /** This instance, as "host/pid/random" (the random part tells apart two contexts in one test JVM). */
    public String instance() {
        return instance;
    }

    private void finish(long id, String outcome, Integer items) {
        jdbc.sql("update job_run set finished_at = ?, outcome = ?, items = ? where id = ?")
                .params(Instant.now(), outcome, items, id)
                .update();
    }

    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown";
        }
        return host + "/" + ManagementFactory.getRuntimeMXBean().getPid() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
    }
}
