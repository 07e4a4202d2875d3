package id.go.kemensos.replika.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page that failed to open: a short message and a way to try again, never a stack trace. When the database cannot
 * be reached the message says so (503: the portal itself is fine and recovers on its own). Without the main layout,
 * which may need the database too.
 */
@AnonymousAllowed
public class ServerErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        addClassName("view");
        boolean outage = DatabaseOutage.causes(parameter.getCaughtException());
        H2 title;
        Paragraph text;
        if (outage) {
            log.warn("Database unreachable while opening {}: {}", event.getLocation().getPath(),
                    parameter.getCaughtException().toString());
            title = new H2(getTranslation("error.unavailable.title"));
            text = new Paragraph(getTranslation("error.unavailable.text"));
        } else {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Could not open {}, reference {}", event.getLocation().getPath(), reference,
                    parameter.getCaughtException());
            title = new H2(getTranslation("error.server.title"));
            text = new Paragraph(getTranslation("error.unexpected", reference));
        }
        title.setId("server-error");
        Anchor retry = new Anchor(event.getLocation().getPathWithQueryParameters(),
                getTranslation("error.server.retry"));
        retry.setId("server-error-retry");
        // a full page load, so the layout is built again as well
        retry.getElement().setAttribute("router-ignore", true);
        add(title, text, retry, HomeLink.create(getTranslation("menu.home")));
        return outage ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
