package id.go.kemensos.replika.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins, counted in memory per account name (as typed, whether or not such an account exists) and per
 * client address. After {@code max-failures} failures of one account within {@code window}, or
 * {@code max-address-failures} from one address, that account or address is refused for {@code lock-duration}.
 * Kept in memory: a restart forgets the counts, which costs an attacker a restart they cannot cause.
 */
@Component
public class LoginAttempts {

    /** Past this many tracked names and addresses, stale entries are dropped at the next failure. */
    private static final int PRUNE_ABOVE = 10_000;

    private final int maxFailures;
    private final int maxAddressFailures;
    private final Duration window;
    private final Duration lockDuration;
    private final Map<String, Record> records = new HashMap<>();
    private Clock clock = Clock.systemUTC();

    LoginAttempts(@Value("${replika.login.max-failures:5}") int maxFailures,
            @Value("${replika.login.max-address-failures:20}") int maxAddressFailures,
            @Value("${replika.login.window:15m}") Duration window,
            @Value("${replika.login.lock-duration:15m}") Duration lockDuration) {
        this.maxFailures = maxFailures;
        this.maxAddressFailures = maxAddressFailures;
        this.window = window;
        this.lockDuration = lockDuration;
    }

    /** Whether sign-in is refused for this account name or from this address right now. */
    public synchronized boolean isBlocked(String username, String address) {
        Instant now = clock.instant();
        return lockedAt(accountKey(username), now) || address != null && lockedAt(addressKey(address), now);
    }

    /** Counts a failed sign-in; returns whether the account or the address is now refused. */
    public synchronized boolean recordFailure(String username, String address) {
        Instant now = clock.instant();
        if (records.size() > PRUNE_ABOVE) {
            prune(now);
        }
        boolean blocked = count(accountKey(username), maxFailures, now);
        if (address != null) {
            blocked |= count(addressKey(address), maxAddressFailures, now);
        }
        return blocked;
    }

    /** A successful sign-in clears the account's failures (not the address's, or one account could reset it). */
    public synchronized void recordSuccess(String username) {
        records.remove(accountKey(username));
    }

    /** How long a refusal lasts, in whole minutes (at least one), for the login view's message. */
    public long lockMinutes() {
        return Math.max(1, lockDuration.toMinutes());
    }

    /** For tests: forget everything. */
    synchronized void clear() {
        records.clear();
    }

    /** For tests: a clock they can move instead of waiting. */
    synchronized void setClock(Clock clock) {
        this.clock = clock;
    }

    synchronized int trackedEntries() {
        return records.size();
    }

    private boolean lockedAt(String key, Instant now) {
        Record record = records.get(key);
        return record != null && record.lockedUntil != null && now.isBefore(record.lockedUntil);
    }

    private boolean count(String key, int limit, Instant now) {
        Record record = records.computeIfAbsent(key, k -> new Record());
        if (record.lockedUntil != null && !now.isBefore(record.lockedUntil)) {
            record.lockedUntil = null;
        }
        record.dropBefore(now.minus(window));
        record.failures.addLast(now);
        if (record.failures.size() >= limit) {
            record.lockedUntil = now.plus(lockDuration);
            record.failures.clear();
        }
        return record.lockedUntil != null;
    }

    private void prune(Instant now) {
        for (Iterator<Record> it = records.values().iterator(); it.hasNext(); ) {
            Record record = it.next();
            record.dropBefore(now.minus(window));
            if (record.failures.isEmpty() && (record.lockedUntil == null || !now.isBefore(record.lockedUntil))) {
                it.remove();
            }
        }
    }

    private static String accountKey(String username) {
        return "user:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "addr:" + address;
    }

    private static final class Record {
        private final Deque<Instant> failures = new ArrayDeque<>();
        private Instant lockedUntil;

        private void dropBefore(Instant start) {
            while (!failures.isEmpty() && failures.peekFirst().isBefore(start)) {
                failures.removeFirst();
            }
        }
    }
}
