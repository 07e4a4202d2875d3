package id.go.kemensos.replika.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.go.kemensos.replika.base.i18n.AppI18NProvider;
import id.go.kemensos.replika.notification.NotificationBell;
import id.go.kemensos.replika.notification.NotificationService;
import id.go.kemensos.replika.security.AppUserPrincipal;
import id.go.kemensos.replika.security.CurrentUser;
import id.go.kemensos.replika.security.ForcedPasswordChange;
import id.go.kemensos.replika.user.UserService;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/**
 * The frame around every signed-in view. The menu is built from the views' {@code @Menu} entries, which Vaadin
 * already filters by the user's access, so a user sees only what their role may open.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    private final transient AuthenticationContext authentication;
    private final transient UserService userService;

    public MainLayout(AuthenticationContext authentication, UserService userService,
            NotificationService notifications) {
        this.authentication = authentication;
        this.userService = userService;
        H1 title = new H1("Replika");
        title.addClassName("app-title");
        addToNavbar(new DrawerToggle(), title);
        CurrentUser.find().ifPresent(user -> addToNavbar(new NotificationBell(notifications)));

        Scroller scroller = new Scroller(createNavigation());
        addToDrawer(scroller);
        CurrentUser.find().ifPresent(user -> addToDrawer(createUserBox(user)));
        setPrimarySection(Section.DRAWER);
    }

    private SideNav createNavigation() {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                // a plain <vaadin-icon> element, not an Icon component: the same markup, a third of the memory
                item.getElement().appendChild(new Element("vaadin-icon").setAttribute("slot", "prefix")
                        .setAttribute("icon", entry.icon().contains(":") ? entry.icon() : "vaadin:" + entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private Component createUserBox(AppUserPrincipal user) {
        VerticalLayout box = new VerticalLayout();
        box.addClassName("user-box");
        box.setSpacing(false);
        Span name = new Span(user.getFullName());
        name.setId("current-user-name");
        Span role = new Span(getTranslation("role." + user.getRole().name()));
        role.addClassName("muted");

        Select<Locale> language = new Select<>();
        language.setId("language-select");
        language.setLabel(getTranslation("language.label"));
        language.setItems(AppI18NProvider.INDONESIAN, AppI18NProvider.ENGLISH);
        language.setItemLabelGenerator(locale -> locale == AppI18NProvider.ENGLISH ? "English" : "Bahasa Indonesia");
        language.setValue(AppI18NProvider.supported(getLocale()));
        language.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                Locale stored = userService.changeOwnLanguage(event.getValue());
                UI.getCurrent().getSession().setLocale(stored);
                UI.getCurrent().getPage().reload();
            }
        });

        Button changePassword = new Button(getTranslation("user.password.title"),
                event -> UI.getCurrent().navigate(ForcedPasswordChange.ROUTE));
        changePassword.setId("change-password");
        changePassword.addThemeVariants(ButtonVariant.TERTIARY);
        Button logout = new Button(getTranslation("action.logout"), event -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.TERTIARY);
        box.add(name, role, language, changePassword, logout);
        return new Div(box);
    }
}
