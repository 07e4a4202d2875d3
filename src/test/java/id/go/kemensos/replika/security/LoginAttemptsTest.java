package id.go.kemensos.replika.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.kemensos.replika.IntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The counting rules on a clock the test moves (5 failures per account, 20 per address, 15-minute window and lock,
 * as configured), kept in the database so that every instance of the portal shares them.
 */
@IntegrationTest
class LoginAttemptsTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T01:00:00Z"));

    @Autowired
    LoginAttempts attempts;

    @BeforeEach
    void useTheTestClock() {
        attempts.clear();
        attempts.setClock(clock);
    }

    @AfterEach
    void restoreTheClock() {
        attempts.clear();
        attempts.setClock(Clock.systemUTC());
    }

    @Test
    void theFifthFailureWithinTheWindowLocksTheAccountForTheLockDuration() {
        for (int i = 1; i <= 4; i++) {
            assertThat(attempts.recordFailure("Kartini", "127.0.0.1")).as("failure " + i).isFalse();
            clock.advance(Duration.ofMinutes(3));
        }
        assertThat(attempts.isBlocked("kartini", "127.0.0.2")).isFalse();
        assertThat(attempts.recordFailure(" KARTINI ", "127.0.0.1")).as("the fifth, 12 minutes after the first")
                .isTrue();
        assertThat(attempts.isBlocked("kartini", "127.0.0.2")).as("the account, from any address").isTrue();
        assertThat(attempts.isBlocked("soeharso", "127.0.0.1")).as("other accounts from the same address").isFalse();

        clock.advance(Duration.ofMinutes(14));
        assertThat(attempts.isBlocked("kartini", null)).isTrue();
        clock.advance(Duration.ofMinutes(1));
        assertThat(attempts.isBlocked("kartini", null)).as("unlocked after 15 minutes").isFalse();
        assertThat(attempts.recordFailure("kartini", null)).as("counting starts again").isFalse();
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        for (int i = 0; i < 4; i++) {
            attempts.recordFailure("panrb", null);
        }
        clock.advance(Duration.ofMinutes(16));
        assertThat(attempts.recordFailure("panrb", null)).isFalse();
        assertThat(attempts.isBlocked("panrb", null)).isFalse();
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsFailures() {
        for (int i = 0; i < 4; i++) {
            attempts.recordFailure("direktur", null);
        }
        attempts.recordSuccess("direktur");
        assertThat(attempts.recordFailure("direktur", null)).isFalse();
    }

    @Test
    void unknownAccountsAreCountedLikeKnownOnes() {
        for (int i = 0; i < 5; i++) {
            attempts.recordFailure("no-such-user", null);
        }
        assertThat(attempts.isBlocked("no-such-user", null)).isTrue();
    }

    @Test
    void oneAddressTryingManyAccountsIsThrottled() {
        for (int i = 1; i < 20; i++) {
            assertThat(attempts.recordFailure("guess" + i, "127.0.0.9")).isFalse();
        }
        assertThat(attempts.recordFailure("guess20", "127.0.0.9")).isTrue();
        assertThat(attempts.isBlocked("someone-else", "127.0.0.9")).isTrue();
        assertThat(attempts.isBlocked("someone-else", "127.0.0.10")).isFalse();
        clock.advance(Duration.ofMinutes(15));
        assertThat(attempts.isBlocked("someone-else", "127.0.0.9")).isFalse();
    }

    @Test
    void staleEntriesAreDroppedSoTheTablesStayBounded() {
        for (int i = 0; i < 50; i++) {
            attempts.recordFailure("user" + i, null);
        }
        clock.advance(Duration.ofMinutes(16));
        attempts.recordFailure("late", null);
        assertThat(attempts.trackedEntries()).isEqualTo(1);
    }
}
