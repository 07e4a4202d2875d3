package id.go.kemensos.replika.shell;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.VaadinSession;
import id.go.kemensos.replika.base.i18n.AppI18NProvider;
import id.go.kemensos.replika.security.LoginAttempts;
import id.go.kemensos.replika.security.LoginThrottledException;
import java.util.Locale;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final long lockMinutes;

    public LoginView(LoginAttempts attempts) {
        this.lockMinutes = attempts.lockMinutes();
        addClassName("login-page");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(translations());

        H1 title = new H1("Replika");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("muted");
        HorizontalLayout languages = new HorizontalLayout(
                languageButton("Bahasa Indonesia", AppI18NProvider.INDONESIAN),
                languageButton("English", AppI18NProvider.ENGLISH));
        add(title, tagline, form, languages);
    }

    private Button languageButton(String label, Locale locale) {
        Button button = new Button(label, event -> {
            getUI().ifPresent(ui -> {
                ui.getSession().setLocale(locale);
                ui.getPage().reload();
            });
        });
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        button.setId("login-language-" + locale.getLanguage());
        // the label is in its own language, whatever the page's (WCAG 3.1.2)
        button.getElement().setAttribute("lang", locale.getLanguage());
        return button;
    }

    private LoginI18n translations() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    /**
     * After a failed sign-in Spring Security redirects here with {@code ?error} and keeps the reason in the session.
     * Too many failures get their own message, the same whether or not the account exists.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        boolean throttled = failed && lastFailure() instanceof LoginThrottledException;
        LoginI18n i18n = translations();
        if (throttled) {
            i18n.getErrorMessage().setTitle(getTranslation("login.locked.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.locked.message", lockMinutes));
        }
        form.setI18n(i18n);
        form.setError(failed);
    }

    private static Object lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · Replika";
    }
}
