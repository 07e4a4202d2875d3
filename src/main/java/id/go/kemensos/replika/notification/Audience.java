package id.go.kemensos.replika.notification;

import id.go.kemensos.replika.security.Role;
import java.util.Objects;

/**
 * Who receives a notification: every user of {@code role}, or, with a {@code unitId}, only the users of that role
 * in that unit. Only users who carry a unit in their principal (UPT operators) can match a unit audience.
 */
public record Audience(Role role, Long unitId) {

    public Audience {
        Objects.requireNonNull(role, "role");
    }

    /** Every user of the role, e.g. all directors. */
    public static Audience role(Role role) {
        return new Audience(role, null);
    }

    /** The users of the role in one unit, e.g. the operators of unit 10. */
    public static Audience unit(Role role, long unitId) {
        return new Audience(role, unitId);
    }
}
