package id.go.kemensos.replika.audit;

import id.go.kemensos.replika.base.AuditableEvent;
import id.go.kemensos.replika.security.AppUserPrincipal;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records what happens outside any change of data, each in its own transaction (a failed login has no other, and
 * an export's is read-only): logins, logouts and failed logins from Spring Security's events, and the exports and
 * downloads that lower floors announce as {@link AuditableEvent}s.
 */
@Component
class AuditEventListener {

    private final AuditTrail trail;

    AuditEventListener(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onAuditable(AuditableEvent event) {
        AuditAction action = switch (event.kind()) {
            case EXPORT -> AuditAction.EXPORT;
            case DOWNLOAD -> AuditAction.DOWNLOAD;
        };
        record(Actor.current(), action, event.recordType(), event.recordId(), event.details());
    }

    /**
     * A sign-in. Monitoring signs in on every actuator request (HTTP Basic, no session): those are not logins of
     * a person and are left out; their failures are recorded like any other.
     */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onLogin(AuthenticationSuccessEvent event) {
        if (isActuatorRequest()) {
            return;
        }
        Authentication authentication = event.getAuthentication();
        Actor actor = authentication.getPrincipal() instanceof AppUserPrincipal user
                ? new Actor(user.getUsername(), user.getRole().name(), user.getUnitId(), address(authentication))
                : Actor.named(authentication.getName(), address(authentication));
        record(actor, AuditAction.LOGIN, null, null, null);
    }

    /** A refused sign-in, under the name that was typed, whether or not such a user exists. */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onLoginFailed(AbstractAuthenticationFailureEvent event) {
        Authentication authentication = event.getAuthentication();
        record(Actor.named(authentication.getName(), address(authentication)), AuditAction.LOGIN_FAILED, null,
                null, Map.of("reason", event.getClass().getSimpleName()));
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onLogout(LogoutSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        Actor actor = authentication.getPrincipal() instanceof AppUserPrincipal user
                ? new Actor(user.getUsername(), user.getRole().name(), user.getUnitId(), Actor.requestAddress())
                : Actor.named(authentication.getName(), null);
        record(actor, AuditAction.LOGOUT, null, null, null);
    }

    private void record(Actor actor, AuditAction action, String recordType, Long recordId, Map<String, ?> details) {
        trail.add(NewEntry.now(actor, recordType, recordId, action, Details.toJson(details)));
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : Actor.requestAddress();
    }

    private static boolean isActuatorRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
                && servlet.getRequest().getRequestURI().startsWith(
                        servlet.getRequest().getContextPath() + "/actuator/");
    }
}
