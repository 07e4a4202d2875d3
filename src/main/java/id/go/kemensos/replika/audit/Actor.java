package id.go.kemensos.replika.audit;

import id.go.kemensos.replika.security.AppUserPrincipal;
import id.go.kemensos.replika.security.CurrentUser;
import java.util.Optional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who did it, as the audit entry keeps it: the user's name, role and unit at that moment, and the client's
 * address when a web request is being served ({@code system} for start-up and scheduled jobs).
 */
record Actor(String username, String role, Long unitId, String clientAddress) {

    static final int USERNAME_MAX = 64;
    private static final int ADDRESS_MAX = 64;

    Actor {
        username = cut(username == null || username.isBlank() ? "?" : username, USERNAME_MAX);
        clientAddress = clientAddress == null ? null : cut(clientAddress, ADDRESS_MAX);
    }

    /** The signed-in user of this thread, or {@code system}. */
    static Actor current() {
        Optional<AppUserPrincipal> user = CurrentUser.find();
        return user.map(principal -> new Actor(principal.getUsername(), principal.getRole().name(),
                        principal.getUnitId(), requestAddress()))
                .orElseGet(() -> new Actor(CurrentUser.auditName(), null, null, requestAddress()));
    }

    /** Someone known only by the name they typed, e.g. a failed login. */
    static Actor named(String username, String clientAddress) {
        return new Actor(username, null, null, clientAddress != null ? clientAddress : requestAddress());
    }

    /** The address of the request this thread serves; the connection's peer, not a header a client could forge. */
    static String requestAddress() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            return servlet.getRequest().getRemoteAddr();
        }
        return null;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
