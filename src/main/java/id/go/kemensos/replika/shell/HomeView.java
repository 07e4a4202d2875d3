package id.go.kemensos.replika.shell;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.kemensos.replika.base.i18n.Formats;
import id.go.kemensos.replika.security.AppUserPrincipal;
import id.go.kemensos.replika.security.CurrentUser;
import id.go.kemensos.replika.security.Role;
import id.go.kemensos.replika.unit.UnitRef;
import id.go.kemensos.replika.unit.UnitService;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;

@Route("")
@PermitAll
@Menu(order = 0, title = "menu.home", icon = "vaadin:home")
public class HomeView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    public HomeView(UnitService unitService) {
        addClassName("view");
        AppUserPrincipal user = CurrentUser.require();
        H2 greeting = new H2(getTranslation("home.greeting", user.getFullName()));
        greeting.setId("home-greeting");
        greeting.addClassName("view-title");
        Paragraph today = new Paragraph(Formats.date(LocalDate.now(Formats.ZONE), getLocale()));
        today.addClassName("muted");
        Paragraph about = new Paragraph(getTranslation("home.about"));
        Paragraph role = new Paragraph(getTranslation("home.role." + user.getRole().name()));
        add(greeting, today, about, role);
        if (user.getUnitId() != null) {
            unitService.findRef(user.getUnitId()).map(UnitRef::name)
                    .ifPresent(name -> add(new Paragraph(getTranslation("home.yourUnit", name))));
        }
    }

    /** A CSR partner's home is the page of its company. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentUser.require().hasRole(Role.CSR_PARTNER)) {
            event.forwardTo("mitra");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.home") + " · Replika";
    }
}
