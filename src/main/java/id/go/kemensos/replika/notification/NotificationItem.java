package id.go.kemensos.replika.notification;

import java.time.Instant;
import java.util.List;

/**
 * A notification as the signed-in user sees it: a translation key with its arguments, the route it points to
 * (e.g. {@code replications/42}), and whether this user has read it.
 */
public record NotificationItem(long id, String messageKey, List<String> args, String link, Instant createdAt,
        boolean read) {

    public NotificationItem {
        args = List.copyOf(args);
    }
}
