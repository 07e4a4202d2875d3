package id.go.kemensos.replika.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.SystemMessages;
import id.go.kemensos.replika.IntegrationTest;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** Role-aware navigation, without a browser: each demo role sees only the menu items it may open. */
@IntegrationTest
class NavigationViewTest extends SpringBrowserlessTest {

    @Test
    @WithAnonymousUser
    void anonymousUsersGetTheLoginFormAndNothingElse() {
        UI.getCurrent().navigate("units");
        assertThat(find(Grid.class).all()).as("no unit grid for anonymous users").isEmpty();
        assertThat(find(SideNav.class).all()).isEmpty();

        navigate(LoginView.class);
        assertThat(find(LoginForm.class).all()).hasSize(1);
    }

    @Test
    @WithUserDetails("direktur")
    void directorSeesHomeUnitsPartnersImportAndTheAuditTrail() {
        UI.getCurrent().navigate("");
        assertThat(menuLabels()).containsExactly("Beranda", "Unit Kerja", "Inovasi", "Replikasi", "Sheltered Workshop",
                "Mitra CSR", "Impor Data", "Jejak Audit");
    }

    @Test
    @WithUserDetails("admin")
    void adminSeesHomeUnitsPartnersImportTheAuditTrailAndUsers() {
        UI.getCurrent().navigate("");
        assertThat(menuLabels()).containsExactly("Beranda", "Unit Kerja", "Inovasi", "Replikasi", "Sheltered Workshop",
                "Mitra CSR", "Impor Data", "Jejak Audit", "Pengguna");
    }

    @Test
    @WithUserDetails("kartini")
    void operatorSeesUnitsAndTheirOwnUnitOnTheHomePage() {
        UI.getCurrent().navigate("");
        assertThat(menuLabels()).containsExactly("Beranda", "Unit Kerja", "Inovasi", "Replikasi", "Sheltered Workshop");
        assertThat(homeText()).contains("Sentra Terpadu Kartini");
    }

    @Test
    @WithUserDetails("panrb")
    void panrbSeesHomeUnitsAndPartners() {
        UI.getCurrent().navigate("");
        assertThat(menuLabels()).containsExactly("Beranda", "Unit Kerja", "Inovasi", "Replikasi", "Sheltered Workshop",
                "Mitra CSR");
    }

    @Test
    @WithUserDetails("soeharso")
    void soeharsoOperatorSeesUnitsAndTheirOwnUnit() {
        UI.getCurrent().navigate("");
        assertThat(menuLabels()).containsExactly("Beranda", "Unit Kerja", "Inovasi", "Replikasi", "Sheltered Workshop");
        assertThat(homeText()).contains("Sentra Terpadu Prof. Dr. Soeharso");
    }

    @Test
    @WithUserDetails("wyataguna")
    void wyataGunaOperatorSeesUnitsAndTheirOwnUnit() {
        UI.getCurrent().navigate("");
        assertThat(menuLabels()).containsExactly("Beranda", "Unit Kerja", "Inovasi", "Replikasi", "Sheltered Workshop");
        assertThat(homeText()).contains("Sentra Wyata Guna");
    }

    @Test
    @WithUserDetails("mitra2")
    void secondCsrPartnerSeesOnlyHome() {
        UI.getCurrent().navigate("");
        assertThat(menuLabels()).containsExactly("Beranda", "Sheltered Workshop");
    }

    @Test
    @WithUserDetails("mitra1")
    void csrPartnerSeesOnlyHomeAndIsDeniedTheUnits() {
        UI.getCurrent().navigate("");
        assertThat(menuLabels()).containsExactly("Beranda", "Sheltered Workshop");

        UI.getCurrent().navigate("units");
        assertThat(find(AccessDeniedView.class).all()).hasSize(1);
    }

    @Test
    @WithUserDetails("panrb")
    void unknownPagesShowTheNotFoundView() {
        UI.getCurrent().navigate("no-such-page");
        assertThat(find(NotFoundView.class).all()).hasSize(1);
    }

    @Test
    void vaadinsOwnMessagesSpeakTheUsersLanguage() {
        SystemMessages indonesian = UiSetup.systemMessages(Locale.of("in"));
        assertThat(indonesian.getInternalErrorCaption()).isEqualTo("Terjadi kesalahan");
        SystemMessages english = UiSetup.systemMessages(Locale.ENGLISH);
        assertThat(english.getCookiesDisabledCaption()).isEqualTo("Cookies are disabled");
    }

    /** The home view's text: the route "" belongs to the dashboard, which the shell never imports. */
    private String homeText() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0).getElement().getTextRecursively();
    }

    private List<String> menuLabels() {
        SideNav nav = find(SideNav.class).single();
        return nav.getItems().stream().map(SideNavItem::getLabel).toList();
    }
}
