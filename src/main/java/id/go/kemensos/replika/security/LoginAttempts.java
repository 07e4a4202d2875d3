package id.go.kemensos.replika.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins, counted per account name (as typed, whether or not such an account exists) and per client address
 * in the database ({@code login_failure}, {@code login_lock}), so every instance of the portal sees the same counts
 * and a lock holds on all of them. After {@code max-failures} failures of one account within {@code window}, or
 * {@code max-address-failures} from one address, that account or address is refused for {@code lock-duration}.
 * Each step is one short statement on its own; two failures at the same moment on two instances may both count
 * the limit and both lock, which is harmless. Old rows are deleted a bounded batch at a time at each failure.
 */
@Component
public class LoginAttempts {

    /** At most this many stale rows are deleted per table at each failure, so a failure stays cheap. */
    private static final int PRUNE_BATCH = 1_000;
    private static final int SUBJECT_MAX = 200;

    private final JdbcClient jdbc;
    private final int maxFailures;
    private final int maxAddressFailures;
    private final Duration window;
    private final Duration lockDuration;
    private volatile Clock clock = Clock.systemUTC();

    LoginAttempts(JdbcClient jdbc, @Value("${replika.login.max-failures:5}") int maxFailures,
            @Value("${replika.login.max-address-failures:20}") int maxAddressFailures,
            @Value("${replika.login.window:15m}") Duration window,
            @Value("${replika.login.lock-duration:15m}") Duration lockDuration) {
        this.jdbc = jdbc;
        this.maxFailures = maxFailures;
        this.maxAddressFailures = maxAddressFailures;
        this.window = window;
        this.lockDuration = lockDuration;
    }

    /** Whether sign-in is refused for this account name or from this address right now. */
    public boolean isBlocked(String username, String address) {
        return jdbc.sql("select count(*) from login_lock where subject in (?, ?) and locked_until > ?")
                .params(accountKey(username), address == null ? accountKey(username) : addressKey(address),
                        utc(clock.instant()))
                .query(Long.class).single() > 0;
    }

    /** Counts a failed sign-in; returns whether the account or the address is now refused. */
    public boolean recordFailure(String username, String address) {
        Instant now = clock.instant();
        prune(now);
        boolean blocked = count(accountKey(username), maxFailures, now);
        if (address != null) {
            blocked |= count(addressKey(address), maxAddressFailures, now);
        }
        return blocked;
    }

    /** A successful sign-in clears the account's failures (not the address's, or one account could reset it). */
    public void recordSuccess(String username) {
        String key = accountKey(username);
        jdbc.sql("delete from login_failure where subject = ?").param(key).update();
    }

    /** How long a refusal lasts, in whole minutes (at least one), for the login view's message. */
    public long lockMinutes() {
        return Math.max(1, lockDuration.toMinutes());
    }

    /** For tests: forget everything. */
    void clear() {
        jdbc.sql("delete from login_failure").update();
        jdbc.sql("delete from login_lock").update();
    }

    /** For tests: a clock they can move instead of waiting. */
    void setClock(Clock clock) {
        this.clock = clock;
    }

    /** For tests: how many failure and lock rows are kept. */
    long trackedEntries() {
        return jdbc.sql("select (select count(*) from login_failure) + (select count(*) from login_lock)")
                .query(Long.class).single();
    }

    private boolean count(String key, int limit, Instant now) {
        LocalDateTime at = utc(now);
        jdbc.sql("insert into login_failure (subject, failed_at) values (?, ?)").params(key, at).update();
        long recent = jdbc.sql("select count(*) from login_failure where subject = ? and failed_at >= ?")
                .params(key, utc(now.minus(window)))
                .query(Long.class).single();
        if (recent >= limit) {
            jdbc.sql("insert into login_lock (subject, locked_until) values (?, ?) "
                            + "on duplicate key update locked_until = greatest(locked_until, values(locked_until))")
                    .params(key, utc(now.plus(lockDuration)))
                    .update();
            jdbc.sql("delete from login_failure where subject = ?").param(key).update();
            return true;
        }
        return jdbc.sql("select count(*) from login_lock where subject = ? and locked_until > ?")
                .params(key, at).query(Long.class).single() > 0;
    }

    private void prune(Instant now) {
        jdbc.sql("delete from login_failure where failed_at < ? limit " + PRUNE_BATCH)
                .param(utc(now.minus(window))).update();
        jdbc.sql("delete from login_lock where locked_until <= ? limit " + PRUNE_BATCH).param(utc(now)).update();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String accountKey(String username) {
        return limit("user:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT)));
    }

    private static String addressKey(String address) {
        return limit("addr:" + address);
    }

    private static String limit(String key) {
        return key.length() <= SUBJECT_MAX ? key : key.substring(0, SUBJECT_MAX);
    }
}
