package id.go.kemensos.replika.notification;

import java.time.Instant;

/** One row of the signed-in user's list as the query returns it; the arguments are still JSON. */
record NotificationRow(long id, String messageKey, String messageArgs, String link, Instant createdAt,
        boolean read) {
}
