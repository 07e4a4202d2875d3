package id.go.kemensos.replika.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.kemensos.replika.IntegrationTest;
import id.go.kemensos.replika.base.NotFoundException;
import id.go.kemensos.replika.security.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Audiences, per-user read state and dedupe keys against the real database. The database is shared by the whole
 * run, so every test tags its notifications with a unique argument and asserts on those, or on count deltas.
 */
@IntegrationTest
class NotificationServiceTest {

    static final String KEY = "notification.replication.approved";
    static final String LINK = "units/10";
    static final List<String> EVERYONE = List.of("admin", "panrb", "direktur", "kartini", "soeharso", "wyataguna",
            "mitra1");

    @Autowired
    NotificationService service;

    @Autowired
    UserDetailsService users;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    // --- audiences -----------------------------------------------------------------------------------------

    @Test
    @WithUserDetails("direktur")
    void aRoleAudienceReachesEveryUserOfThatRoleAndNobodyElse() {
        String tag = tag();
        Map<String, Long> before = unreadCounts();

        service.notify(Audience.role(Role.UPT_OPERATOR), KEY, List.of(tag, "Sentra Terpadu Kartini"), LINK, null);

        Map<String, Long> after = unreadCounts();
        List<String> operators = List.of("kartini", "soeharso", "wyataguna");
        for (String username : EVERYONE) {
            boolean operator = operators.contains(username);
            assertThat(sees(username, tag)).as(username + " receives it").isEqualTo(operator);
            assertThat(after.get(username) - before.get(username)).as(username + "'s unread count")
                    .isEqualTo(operator ? 1 : 0);
        }
    }

    @Test
    @WithUserDetails("direktur")
    void aUnitAudienceReachesOnlyTheOperatorsOfThatUnit() {
        String tag = tag();
        service.notify(Audience.unit(Role.UPT_OPERATOR, 10), KEY, List.of(tag, "Sentra Terpadu Kartini"), LINK,
                null);

        assertThat(sees("kartini", tag)).isTrue();
        assertThat(sees("soeharso", tag)).isFalse();
        assertThat(sees("wyataguna", tag)).isFalse();
        assertThat(sees("direktur", tag)).isFalse();
        assertThat(sees("admin", tag)).isFalse();
    }

    @Test
    @WithUserDetails("kartini")
    void directorsReceiveWhatIsAddressedToDirectors() {
        String tag = tag();
        service.notify(Audience.role(Role.DIRECTOR), "notification.replication.submitted",
                List.of(tag, "Sentra Terpadu Kartini"), "replications/42", null);

        NotificationItem item = as("direktur", () -> find(tag));
        assertThat(item.messageKey()).isEqualTo("notification.replication.submitted");
        assertThat(item.link()).isEqualTo("replications/42");
        assertThat(item.read()).isFalse();
        assertThat(item.createdAt()).isNotNull();
        assertThat(sees("panrb", tag)).isFalse();
        assertThat(sees("kartini", tag)).isFalse();
    }

    // --- read state ----------------------------------------------------------------------------------------

    @Test
    @WithUserDetails("direktur")
    void readStateIsKeptPerUser() {
        String tag = tag();
        service.notify(Audience.role(Role.UPT_OPERATOR), KEY, List.of(tag, "Sentra Wyata Guna"), LINK, null);
        long id = as("kartini", () -> find(tag).id());
        long kartiniBefore = as("kartini", service::unreadCount);
        long soeharsoBefore = as("soeharso", service::unreadCount);

        doAs("kartini", () -> service.markRead(id));
        assertThat(as("kartini", service::unreadCount)).isEqualTo(kartiniBefore - 1);
        assertThat(as("kartini", () -> find(tag).read())).isTrue();
        assertThat(as("soeharso", service::unreadCount)).as("not read for another user").isEqualTo(soeharsoBefore);
        assertThat(as("soeharso", () -> find(tag).read())).isFalse();

        doAs("kartini", () -> service.markRead(id));
        assertThat(as("kartini", service::unreadCount)).as("marking again changes nothing")
                .isEqualTo(kartiniBefore - 1);

        doAs("soeharso", service::markAllRead);
        assertThat(as("soeharso", service::unreadCount)).isZero();
        assertThat(as("soeharso", () -> find(tag).read())).isTrue();
        doAs("soeharso", service::markAllRead);
        assertThat(as("soeharso", service::unreadCount)).isZero();
        assertThat(as("kartini", service::unreadCount)).isEqualTo(kartiniBefore - 1);
    }

    @Test
    @WithUserDetails("direktur")
    void markingANotificationNotAddressedToYouIsNotFound() {
        String tag = tag();
        service.notify(Audience.unit(Role.UPT_OPERATOR, 10), KEY, List.of(tag, "Sentra Terpadu Kartini"), LINK,
                null);
        long id = as("kartini", () -> find(tag).id());

        assertThatThrownBy(() -> doAs("soeharso", () -> service.markRead(id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.markRead(id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.markRead(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
        assertThat(as("kartini", () -> find(tag).read())).isFalse();
    }

    @Test
    @WithAnonymousUser
    void nobodyButASignedInUserReadsOrNotifies() {
        assertThatThrownBy(() -> service.unreadCount()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.latest(5)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.markAllRead()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.notify(Audience.role(Role.ADMIN), KEY, List.of(), LINK, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    // --- dedupe keys -----------------------------------------------------------------------------------------

    @Test
    @WithUserDetails("direktur")
    void aDedupeKeyNotifiesOnlyOnce() {
        String tag = tag();
        String key = "test:" + tag;
        long before = as("kartini", service::unreadCount);

        service.notify(Audience.unit(Role.UPT_OPERATOR, 10), KEY, List.of(tag, "first"), LINK, key);
        service.notify(Audience.unit(Role.UPT_OPERATOR, 10), KEY, List.of(tag, "second"), LINK, key);
        assertThat(service.notifySystem(Audience.unit(Role.UPT_OPERATOR, 10), KEY, List.of(tag, "third"), LINK, key))
                .isFalse();

        assertThat(as("kartini", service::unreadCount)).isEqualTo(before + 1);
        assertThat(as("kartini", () -> service.latest(NotificationService.LATEST_MAX)))
                .filteredOn(item -> item.args().contains(tag)).singleElement()
                .satisfies(item -> assertThat(item.args()).containsExactly(tag, "first"));
    }

    @Test
    void aScheduledJobNotifiesWithoutAUserOncePerKey() {
        String tag = tag();
        String key = "overdue:" + tag;
        Audience operators = Audience.unit(Role.UPT_OPERATOR, 13);
        List<String> args = List.of(tag, "Sentra Terpadu Prof. Dr. Soeharso", "30");

        assertThat(service.notifySystem(operators, "notification.replication.overdue", args, "units/13", key)).isTrue();
        assertThat(service.notifySystem(operators, "notification.replication.overdue", args, "units/13", key))
                .isFalse();
        assertThat(countByArgument(tag)).isEqualTo(1);
        assertThat(jdbc.sql("select created_by from notification where dedupe_key = ?").param(key)
                .query(String.class).single()).isEqualTo("system");
        assertThat(sees("soeharso", tag)).isTrue();

        assertThatThrownBy(() -> service.notifySystem(operators, KEY, args, LINK, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.notifySystem(operators, KEY, args, LINK, "  "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDuplicateKeyFromAConcurrentTransactionLeavesTheCallersTransactionUsable() throws Exception {
        String tag = tag();
        String key = "race:" + tag;
        Audience audience = Audience.role(Role.PANRB);
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> first = threads.submit(() -> transactions.execute(status -> {
                boolean added = service.notifySystem(audience, KEY, List.of(tag, "first"), LINK, key);
                inserted.countDown();
                await(commit);
                return added;
            }));
            await(inserted);
            // the second check does not see the uncommitted row; its insert waits for the first, then fails
            Future<Boolean> second = threads.submit(() -> transactions.execute(status -> {
                boolean added = service.notifySystem(audience, KEY, List.of(tag, "second"), LINK, key);
                service.notifySystem(audience, KEY, List.of(tag, "after"), LINK, key + ":after");
                return added;
            }));
            Thread.sleep(500);
            commit.countDown();

            assertThat(first.get(30, TimeUnit.SECONDS)).isTrue();
            assertThat(second.get(30, TimeUnit.SECONDS)).as("the duplicate is dropped, not thrown").isFalse();
        } finally {
            commit.countDown();
            threads.shutdownNow();
        }
        assertThat(as("panrb", () -> service.latest(NotificationService.LATEST_MAX)))
                .filteredOn(item -> item.args().contains(tag))
                .extracting(item -> item.args().get(1))
                .as("the second transaction committed its other notification")
                .containsExactlyInAnyOrder("first", "after");
    }

    // --- content -----------------------------------------------------------------------------------------------

    @Test
    @WithUserDetails("direktur")
    void argumentsComeBackExactly() {
        String tag = tag();
        List<String> args = List.of(tag, "Sentra Terpadu Prof. Dr. Soeharso — Surakarta",
                "Kata \"kunci\", koma, dan 'kutip'; {0} [x] \\ / ✓ 😀", "");
        service.notify(Audience.unit(Role.UPT_OPERATOR, 13), "notification.replication.discontinued", args,
                "units/13", null);

        NotificationItem item = as("soeharso", () -> find(tag));
        assertThat(item.args()).containsExactlyElementsOf(args);
        assertThat(item.messageKey()).isEqualTo("notification.replication.discontinued");
        assertThat(item.link()).isEqualTo("units/13");
    }

    @Test
    @WithUserDetails("direktur")
    void anOverlongReasonIsShortenedToFitAndNoArgumentsAreStoredAsNone() {
        String tag = tag();
        String reason = "Alasan panjang \"dengan kutip\" ".repeat(100);
        service.notify(Audience.unit(Role.UPT_OPERATOR, 13), "notification.replication.returned",
                List.of(tag, "Sentra Terpadu Prof. Dr. Soeharso", reason), "units/13", null);
        NotificationItem item = as("soeharso", () -> find(tag));
        assertThat(item.args()).hasSize(3);
        assertThat(item.args().get(0)).isEqualTo(tag);
        assertThat(item.args().get(2)).startsWith("Alasan panjang").endsWith("…").hasSizeLessThan(reason.length());
        assertThat(jdbc.sql("select char_length(message_args) from notification where message_args like ?")
                .param("%" + tag + "%").query(Integer.class).single()).isLessThanOrEqualTo(NotificationService.ARGS_MAX);

        String link = "units/13?" + tag.replace(' ', '-');
        service.notify(Audience.unit(Role.UPT_OPERATOR, 13), "notification.bell.label", List.of(), link, null);
        assertThat(as("soeharso", () -> service.latest(NotificationService.LATEST_MAX)))
                .filteredOn(candidate -> candidate.link().equals(link)).singleElement()
                .satisfies(candidate -> assertThat(candidate.args()).isEmpty());
    }

    @Test
    @WithUserDetails("direktur")
    void onlyRoutesOfThePortalAreLinks() {
        Audience audience = Audience.role(Role.ADMIN);
        for (String link : new String[] {"https://example.com/x", "javascript:alert(1)", "//example.com",
                "/units/10", "units/10 x", "", "u".repeat(NotificationService.LINK_MAX + 1)}) {
            assertThatThrownBy(() -> service.notify(audience, KEY, List.of(), link, null)).as(link)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> service.notify(audience, " ", List.of(), LINK, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.notify(null, KEY, List.of(), LINK, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Audience.role(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    @WithUserDetails("direktur")
    void aNotificationIsPartOfTheCallersTransaction() {
        String tag = tag();
        transactions.executeWithoutResult(status -> {
            service.notify(Audience.role(Role.PANRB), KEY, List.of(tag, "rolled back"), LINK, null);
            status.setRollbackOnly();
        });
        assertThat(sees("panrb", tag)).isFalse();
        assertThat(countByArgument(tag)).isZero();
    }

    @Test
    @WithUserDetails("direktur")
    void theLatestComeNewestFirstAndAtMostFifty() {
        String tag = tag();
        for (int i = 1; i <= 3; i++) {
            service.notify(Audience.role(Role.CSR_PARTNER), KEY, List.of(tag, "n" + i), LINK, null);
        }
        List<NotificationItem> latest = as("mitra1", () -> service.latest(3));
        assertThat(latest).extracting(item -> item.args().get(1)).containsExactly("n3", "n2", "n1");
        assertThat(latest).isSortedAccordingTo((a, b) -> b.createdAt().compareTo(a.createdAt()));
        assertThat(as("mitra1", () -> service.latest(2))).hasSize(2);
        assertThat(as("mitra1", () -> service.latest(0))).isEmpty();

        for (int i = 0; i < NotificationService.LATEST_MAX; i++) {
            service.notify(Audience.role(Role.CSR_PARTNER), KEY, List.of(tag, "bulk " + i), LINK, null);
        }
        assertThat(as("mitra1", () -> service.latest(500))).hasSize(NotificationService.LATEST_MAX);
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private static String tag() {
        return "T-" + UUID.randomUUID();
    }

    private NotificationItem find(String tag) {
        return service.latest(NotificationService.LATEST_MAX).stream()
                .filter(item -> item.args().contains(tag)).findFirst().orElseThrow();
    }

    private boolean sees(String username, String tag) {
        return as(username, () -> service.latest(NotificationService.LATEST_MAX).stream()
                .anyMatch(item -> item.args().contains(tag)));
    }

    private Map<String, Long> unreadCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        EVERYONE.forEach(username -> counts.put(username, as(username, service::unreadCount)));
        return counts;
    }

    private long countByArgument(String tag) {
        return jdbc.sql("select count(*) from notification where message_args like ?").param("%" + tag + "%")
                .query(Long.class).single();
    }

    /** Runs {@code action} as the demo user {@code username}, then restores the current user. */
    private <T> T as(String username, Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private void doAs(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
