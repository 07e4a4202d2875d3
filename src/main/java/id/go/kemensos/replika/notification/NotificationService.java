package id.go.kemensos.replika.notification;

import static id.go.kemensos.replika.base.Texts.blankToNull;

import id.go.kemensos.replika.base.NotFoundException;
import id.go.kemensos.replika.security.AppUserPrincipal;
import id.go.kemensos.replika.security.CurrentUser;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * In-app notifications. Features tell an {@link Audience} (a role, optionally one unit) that something happened,
 * inside their own transaction and after their own permission checks; the signed-in user's principal (role, unit)
 * decides what they receive, so no user is looked up here. Read state is kept per user.
 */
@Service
@Transactional(readOnly = true)
public class NotificationService {

    public static final int KEY_MAX = 100;
    public static final int ARGS_MAX = 1000;
    public static final int LINK_MAX = 200;
    public static final int DEDUPE_KEY_MAX = 150;
    public static final int LATEST_MAX = 50;

    static final String SIGNED_IN = "isAuthenticated()";

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    /** A URL with a scheme ({@code https:}, {@code javascript:}) is not a route of the portal. */
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final String ELLIPSIS = "…";

    /*
     * Inserted with plain JDBC on the caller's transaction: a duplicate dedupe key then fails only this statement,
     * which is caught. Through JPA the same error would mark the caller's whole transaction rollback-only.
     */
    private static final String INSERT = """
            insert into notification (version, audience_role, audience_unit_id, message_key, message_args, link,
                dedupe_key, created_by, created_at, modified_by, modified_at)
            values (0, :role, :unitId, :messageKey, :messageArgs, :link,
                :dedupeKey, :auditName, utc_timestamp(6), :auditName, utc_timestamp(6))
            """;

    private final NotificationRepository notifications;
    private final NotificationReadRepository reads;
    private final JdbcClient jdbc;
    private final ObjectMapper json;

    NotificationService(NotificationRepository notifications, NotificationReadRepository reads, JdbcClient jdbc,
            ObjectMapper json) {
        this.notifications = notifications;
        this.reads = reads;
        this.jdbc = jdbc;
        this.json = json;
    }

    // --- for features ---------------------------------------------------------------------------------------

    /**
     * Tells {@code audience} that something happened, as part of the caller's transaction (a rollback takes the
     * notification with it). {@code args} fill the message's placeholders; overlong arguments are shortened with
     * an ellipsis to fit. {@code link} is a route such as {@code replications/42}. With a {@code dedupeKey}, a
     * second notification under the same key is silently dropped; null means always notify.
     */
    @Transactional
    @PreAuthorize(SIGNED_IN)
    public void notify(Audience audience, String messageKey, List<String> args, String link, String dedupeKey) {
        insert(audience, messageKey, args, link, blankToNull(dedupeKey));
    }

    /**
     * The same for scheduled jobs, which run without a signed-in user. The dedupe key is required, so a daily job
     * may call this every day and notify once per key.
     *
     * @return true if the notification was added, false if one with this key already exists
     */
    @Transactional
    public boolean notifySystem(Audience audience, String messageKey, List<String> args, String link,
            String dedupeKey) {
        String key = blankToNull(dedupeKey);
        if (key == null) {
            throw new IllegalArgumentException("A system notification needs a dedupe key");
        }
        return insert(audience, messageKey, args, link, key);
    }

    // --- for the signed-in user -----------------------------------------------------------------------------

    @PreAuthorize(SIGNED_IN)
    public long unreadCount() {
        AppUserPrincipal user = CurrentUser.require();
        return notifications.countUnread(user.getRole(), user.getUnitId(), user.getUserId());
    }

    /** The user's newest notifications, newest first, at most {@value #LATEST_MAX}. */
    @PreAuthorize(SIGNED_IN)
    public List<NotificationItem> latest(int limit) {
        if (limit <= 0) {
            return List.of();
        }
        AppUserPrincipal user = CurrentUser.require();
        return notifications.findLatest(user.getRole(), user.getUnitId(), user.getUserId(),
                        Limit.of(Math.min(limit, LATEST_MAX))).stream()
                .map(row -> new NotificationItem(row.id(), row.messageKey(), parseArgs(row.messageArgs()),
                        row.link(), row.createdAt(), row.read()))
                .toList();
    }

    /** Marks one of the user's notifications read; marking it again changes nothing. */
    @Transactional
    @PreAuthorize(SIGNED_IN)
    public void markRead(long id) {
        AppUserPrincipal user = CurrentUser.require();
        if (notifications.countAddressed(id, user.getRole(), user.getUnitId()) == 0) {
            throw new NotFoundException();
        }
        reads.markRead(id, user.getUserId(), CurrentUser.auditName());
    }

    @Transactional
    @PreAuthorize(SIGNED_IN)
    public void markAllRead() {
        AppUserPrincipal user = CurrentUser.require();
        reads.markAllRead(user.getRole().name(), user.getUnitId(), user.getUserId(), CurrentUser.auditName());
    }

    // --- internals --------------------------------------------------------------------------------------------

    private boolean insert(Audience audience, String messageKey, List<String> args, String link, String dedupeKey) {
        check(audience != null, "an audience");
        check(messageKey != null && !messageKey.isBlank() && messageKey.length() <= KEY_MAX,
                "a message key of at most " + KEY_MAX + " characters");
        check(isRoute(link), "a link that is a route of the portal (e.g. replications/42) of at most " + LINK_MAX
                + " characters");
        check(dedupeKey == null || dedupeKey.length() <= DEDUPE_KEY_MAX,
                "a dedupe key of at most " + DEDUPE_KEY_MAX + " characters");
        if (dedupeKey != null && notifications.existsByDedupeKey(dedupeKey)) {
            log.debug("Notification {} already sent", dedupeKey);
            return false;
        }
        try {
            jdbc.sql(INSERT)
                    .param("role", audience.role().name())
                    .param("unitId", audience.unitId(), Types.BIGINT)
                    .param("messageKey", messageKey)
                    .param("messageArgs", argsJson(args), Types.VARCHAR)
                    .param("link", link)
                    .param("dedupeKey", dedupeKey, Types.VARCHAR)
                    .param("auditName", CurrentUser.auditName())
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            // another transaction inserted the same key after our check
            log.debug("Notification {} already sent (concurrently)", dedupeKey);
            return false;
        }
    }

    /** The arguments as a JSON array that fits its column; the longest arguments are shortened if needed. */
    private String argsJson(List<String> args) {
        if (args == null || args.isEmpty()) {
            return null;
        }
        List<String> values = new ArrayList<>(args.stream().map(arg -> arg == null ? "" : arg).toList());
        String text = json.writeValueAsString(values);
        while (text.length() > ARGS_MAX) {
            int longest = IntStream.range(0, values.size()).boxed()
                    .max(Comparator.comparingInt(i -> values.get(i).length())).orElseThrow();
            String value = values.get(longest);
            check(!value.isEmpty(), "at most " + ARGS_MAX + " characters of arguments");
            values.set(longest, shorten(value, value.length() - (text.length() - ARGS_MAX) - ELLIPSIS.length()));
            text = json.writeValueAsString(values);
        }
        return text;
    }

    private List<String> parseArgs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return json.readValue(text, STRINGS).stream().map(arg -> arg == null ? "" : arg).toList();
    }

    /** The first {@code keep} characters and an ellipsis; never splits a surrogate pair; strictly shorter. */
    private static String shorten(String value, int keep) {
        int end = Math.max(0, keep);
        if (end > 0 && Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return end == 0 ? "" : value.substring(0, end) + ELLIPSIS;
    }

    private static boolean isRoute(String link) {
        return link != null && !link.isBlank() && link.length() <= LINK_MAX && !link.startsWith("/")
                && !link.contains("\\") && link.chars().noneMatch(Character::isWhitespace)
                && !SCHEME.matcher(link).find();
    }

    private static void check(boolean condition, String expected) {
        if (!condition) {
            throw new IllegalArgumentException("A notification needs " + expected);
        }
    }
}
