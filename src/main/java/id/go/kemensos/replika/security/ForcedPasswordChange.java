package id.go.kemensos.replika.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * A user whose password an administrator set or reset is sent to the change-password view from wherever they go,
 * until they have chosen their own. (Signing out still works: it is not a navigation.)
 */
@Component
public class ForcedPasswordChange implements VaadinServiceInitListener {

    /** The route of the change-password view (in the user feature). */
    public static final String ROUTE = "change-password";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(ForcedPasswordChange::check));
    }

    static void check(BeforeEnterEvent event) {
        boolean mustChange = CurrentUser.find().map(AppUserPrincipal::isMustChangePassword).orElse(false);
        if (mustChange && !ROUTE.equals(event.getLocation().getPath())) {
            event.forwardTo(ROUTE);
        }
    }
}
