package id.go.kemensos.replika.shell;

import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import id.go.kemensos.replika.base.BusinessException;
import id.go.kemensos.replika.base.i18n.AppI18NProvider;
import id.go.kemensos.replika.base.ui.GridKeyboard;
import id.go.kemensos.replika.base.ui.Messages;
import id.go.kemensos.replika.security.AppUserPrincipal;
import id.go.kemensos.replika.security.CurrentUser;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Per session: Indonesian until the user chooses otherwise, the signed-in user's remembered language (also as the
 * page's {@code lang} and for the connection indicator), grid rows opened with the keyboard, and an error handler that
 * turns any failure into a clear message instead of a stack trace.
 */
@Component
class UiSetup implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiSetup.class);
    private static final String LOCALE_OWNER = "replika.localeOwner";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> {
            VaadinSession session = init.getSession();
            session.setLocale(AppI18NProvider.INDONESIAN);
            session.setErrorHandler(UiSetup::handleError);
        });
        event.getSource().addUIInitListener(init -> {
            applyUserLanguage(init.getUI());
            GridKeyboard.install(init.getUI());
        });
        event.addIndexHtmlRequestListener(UiSetup::setPageLanguage);
        event.getSource().setSystemMessagesProvider(info -> systemMessages(info.getLocale()));
    }

    /**
     * Vaadin's own messages (internal error, cookies off) in the user's language. An expired session needs no
     * message: the page reloads and the login view explains itself.
     */
    static SystemMessages systemMessages(Locale locale) {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setInternalErrorCaption(AppI18NProvider.translate(locale, "system.internalError.title"));
        messages.setInternalErrorMessage(AppI18NProvider.translate(locale, "system.internalError.text"));
        messages.setCookiesDisabledCaption(AppI18NProvider.translate(locale, "system.cookies.title"));
        messages.setCookiesDisabledMessage(AppI18NProvider.translate(locale, "system.cookies.text"));
        return messages;
    }

    private static void applyUserLanguage(UI ui) {
        ui.setLocale(sessionLocale(ui.getSession()));
        connectionTexts(ui, ui.getLocale());
    }

    /** The session's language, switched to the signed-in user's remembered one the first time they are seen. */
    private static Locale sessionLocale(VaadinSession session) {
        AppUserPrincipal user = CurrentUser.find().orElse(null);
        if (user != null && !user.getUsername().equals(session.getAttribute(LOCALE_OWNER))) {
            session.setAttribute(LOCALE_OWNER, user.getUsername());
            session.setLocale(AppI18NProvider.supported(user.getLocale()));
        }
        return session.getLocale();
    }

    /**
     * {@code <html lang>} in the user's language. Every change of language reloads the page, so setting it when
     * the page is served is enough.
     */
    private static void setPageLanguage(IndexHtmlResponse response) {
        VaadinSession session = VaadinSession.getCurrent();
        Locale locale = session == null ? AppI18NProvider.INDONESIAN : sessionLocale(session);
        response.getDocument().getElementsByTag("html").attr("lang", locale.getLanguage());
    }

    /**
     * Vaadin's connection indicator (the bar at the top while the server is unreachable) in the user's language.
     * The client keeps what the user typed and sends it again once the connection is back. Vaadin's defaults for
     * attempts (10,000) and interval (5 s) stay: a slow office link may be away for minutes. The script works
     * around the indicator staying on "reconnecting" after a resent request got through.
     */
    private static void connectionTexts(UI ui, Locale locale) {
        ReconnectDialogConfiguration reconnect = ui.getReconnectDialogConfiguration();
        reconnect.setDialogText(AppI18NProvider.translate(locale, "connection.reconnecting"));
        reconnect.setDialogTextGaveUp(AppI18NProvider.translate(locale, "connection.offline"));
        // not part of Flow's configuration: the text shown for a moment once the connection is back
        ui.getPage().executeJs("const indicator = window.Vaadin && window.Vaadin.connectionIndicator;"
                + " if (indicator) { indicator.onlineText = $0; }",
                AppI18NProvider.translate(locale, "connection.online"));
        ui.getPage().addJavaScript("context://scripts/connection-recovery.js");
    }

    private static void handleError(ErrorEvent event) {
        UI ui = UI.getCurrent();
        Throwable failure = event.getThrowable();
        BusinessException rejection = find(failure, BusinessException.class);
        if (ui == null) {
            log.error("Error outside a UI", failure);
            return;
        }
        if (rejection != null) {
            Messages.error(ui, rejection.getMessageKey(), rejection.getArgs());
        } else if (find(failure, AccessDeniedException.class) != null) {
            Messages.error(ui, "error.accessDenied.text");
        } else if (DatabaseOutage.causes(failure)) {
            log.warn("Database unreachable: {}", failure.toString());
            Messages.error(ui, "error.unavailable.text");
        } else {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unexpected error, reference {}", reference, failure);
            Messages.error(ui, "error.unexpected", reference);
        }
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
