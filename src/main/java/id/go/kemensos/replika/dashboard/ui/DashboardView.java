package id.go.kemensos.replika.dashboard.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.kemensos.replika.base.i18n.Formats;
import id.go.kemensos.replika.dashboard.DashboardService;
import id.go.kemensos.replika.dashboard.DirectorDashboardSection;
import id.go.kemensos.replika.security.AppUserPrincipal;
import id.go.kemensos.replika.security.CurrentUser;
import id.go.kemensos.replika.security.Role;
import id.go.kemensos.replika.unit.UnitRef;
import id.go.kemensos.replika.unit.UnitService;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The home page: each role's dashboard under a greeting. Directors, PANRB and administrators see the whole
 * portfolio; an operator sees their unit; a CSR partner is sent to the page of its company.
 */
@Route("")
@PermitAll
@Menu(order = 0, title = "menu.home", icon = "vaadin:home")
class DashboardView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    DashboardView(DashboardService dashboards, UnitService units, ObjectProvider<DirectorDashboardSection> sections) {
        addClassName("view");
        addClassName("dashboard-view");
        AppUserPrincipal user = CurrentUser.require();
        H2 greeting = new H2(getTranslation("home.greeting", user.getFullName()));
        greeting.setId("home-greeting");
        greeting.addClassName("view-title");
        Paragraph today = new Paragraph(Formats.date(LocalDate.now(Formats.ZONE), getLocale()) + " · "
                + getTranslation("home.role." + user.getRole().name()));
        today.addClassName("muted");
        add(greeting, today);
        if (user.getUnitId() != null) {
            units.findRef(user.getUnitId()).map(UnitRef::name)
                    .ifPresent(name -> add(new Paragraph(getTranslation("home.yourUnit", name))));
        }
        switch (user.getRole()) {
            case ADMIN, PANRB, DIRECTOR -> add(new DirectorDashboard(dashboards.portfolio(null),
                    sections.orderedStream().map(DirectorDashboardSection::create).toList()));
            case UPT_OPERATOR -> add(user.getUnitId() == null ? new Paragraph(getTranslation("home.about"))
                    : new OperatorDashboard(dashboards.unitDashboard()));
            case CSR_PARTNER -> { }
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
