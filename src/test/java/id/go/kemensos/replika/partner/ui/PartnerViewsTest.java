package id.go.kemensos.replika.partner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import id.go.kemensos.replika.IntegrationTest;
import id.go.kemensos.replika.partner.PartnerDetails;
import id.go.kemensos.replika.partner.PartnerFilter;
import id.go.kemensos.replika.partner.PartnerForm;
import id.go.kemensos.replika.partner.PartnerListItem;
import id.go.kemensos.replika.partner.PartnerService;
import id.go.kemensos.replika.shell.AccessDeniedView;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class PartnerViewsTest extends SpringBrowserlessTest {

    @Autowired
    PartnerService service;

    @Test
    @WithUserDetails("admin")
    void adminCreatesAPartnerThroughTheFormAndSeesMistakesNextToTheFields() {
        String name = "PT Formulir " + suffix();
        navigate(PartnerListView.class);
        test(find(Button.class).withId("partner-new").single()).click();

        TextField company = find(TextField.class).withId("partner-company").single();
        TextField email = find(TextField.class).withId("partner-email").single();
        TextField phone = find(TextField.class).withId("partner-phone").single();
        test(find(Button.class).withId("partner-save").single()).click();
        assertThat(company.isInvalid()).isTrue();
        assertThat(company.getErrorMessage()).isEqualTo("Nama perusahaan wajib diisi");

        test(company).setValue(name);
        test(email).setValue("bukan email");
        test(phone).setValue("0812 abc");
        test(find(Button.class).withId("partner-save").single()).click();
        assertThat(email.getErrorMessage()).isEqualTo("Alamat email tidak valid");
        assertThat(phone.isInvalid()).isTrue();
        assertThat(service.count(new PartnerFilter(name, true))).as("nothing saved yet").isZero();

        test(email).setValue("csr@example.co.id");
        test(phone).setValue("+62 812 0000 111");
        test(find(TextField.class).withId("partner-sector").single()).setValue("Perbankan");
        test(find(Button.class).withId("partner-save").single()).click();

        assertThat(find(TextField.class).withId("partner-company").single().getValue()).isEqualTo(name);
        PartnerListItem saved = service.search(new PartnerFilter(name, false), PageRequest.of(0, 5)).getFirst();
        PartnerDetails stored = service.get(saved.id());
        assertThat(stored.email()).isEqualTo("csr@example.co.id");
        assertThat(stored.sector()).isEqualTo("Perbankan");
        VerticalLayout sponsorships = find(VerticalLayout.class).withId("partner-sponsorships").single();
        assertThat(sponsorships.getElement().getTextRecursively()).as("a new partner supports nothing yet")
                .startsWith("Dukungan mitra CSR");
        assertThat(find(Button.class).withId("sponsorship-add").all()).hasSize(1);

        UI.getCurrent().navigate("partners/new");
        test(find(TextField.class).withId("partner-company").single()).setValue(name.toUpperCase());
        test(find(Button.class).withId("partner-save").single()).click();
        TextField duplicate = find(TextField.class).withId("partner-company").single();
        assertThat(duplicate.isInvalid()).isTrue();
        assertThat(duplicate.getErrorMessage()).isEqualTo("Perusahaan " + name.toUpperCase()
                + " sudah terdaftar sebagai mitra");
    }

    @Test
    @WithUserDetails("admin")
    void deactivatingAsksForConfirmationFirst() {
        PartnerDetails partner = service.create(form("PT Aktif " + suffix()));
        UI.getCurrent().navigate("partners/" + partner.id());
        test(find(Button.class).withId("partner-toggle-active").single()).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(service.get(partner.id()).active()).as("nothing happens before confirming").isTrue();
        test(confirm).confirm();
        assertThat(service.get(partner.id()).active()).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void aStaleSaveOverwritesNothing() {
        PartnerDetails partner = service.create(form("PT Basi " + suffix()));
        UI.getCurrent().navigate("partners/" + partner.id());
        PartnerForm otherEdit = partner.toForm();
        otherEdit.setSector("Saved by someone else");
        service.update(partner.id(), partner.version(), otherEdit);

        test(find(TextField.class).withId("partner-sector").single()).setValue("My late edit");
        test(find(Button.class).withId("partner-save").single()).click();

        assertThat(find(ConfirmDialog.class).single().getId()).contains("stale-dialog");
        assertThat(service.get(partner.id()).sector()).isEqualTo("Saved by someone else");
    }

    @Test
    @WithUserDetails("admin")
    void filtersAreReadFromTheUrl() {
        String name = "PT Tautan " + suffix();
        service.create(form(name));
        UI.getCurrent().navigate("partners", QueryParameters.fromString("q=" + name.replace(" ", "%20")));
        assertThat(find(TextField.class).withId("partner-filter-text").single().getValue()).isEqualTo(name);
        Grid<PartnerListItem> grid = findGrid();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).companyName()).isEqualTo(name);
    }

    @Test
    @WithUserDetails("direktur")
    void directorSeesThePartnerReadOnly() {
        PartnerDetails partner = createAsAdmin("PT Hanya Baca " + suffix());
        navigate(PartnerListView.class);
        assertThat(find(Button.class).withId("partner-new").all()).as("no create button for directors").isEmpty();

        UI.getCurrent().navigate("partners/" + partner.id());
        TextField company = find(TextField.class).withId("partner-company").single();
        assertThat(company.getValue()).isEqualTo(partner.companyName());
        assertThat(company.isReadOnly()).isTrue();
        assertThat(find(Button.class).withId("partner-save").all()).as("no visible save button").isEmpty();

        UI.getCurrent().navigate("partners/new");
        assertThat(find(AccessDeniedView.class).all()).hasSize(1);
    }

    @Test
    @WithUserDetails("kartini")
    void operatorIsDeniedThePartners() {
        UI.getCurrent().navigate("partners");
        assertThat(find(AccessDeniedView.class).all()).hasSize(1);
        assertThat(find(Grid.class).withId("partner-grid").all()).isEmpty();
    }

    @Autowired
    UserDetailsService users;

    /** Creates a partner as {@code admin}, then restores the current user. */
    private PartnerDetails createAsAdmin(String name) {
        SecurityContext previous = SecurityContextHolder.getContext();
        UserDetails admin = users.loadUserByUsername("admin");
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null,
                admin.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return service.create(form(name));
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static PartnerForm form(String name) {
        PartnerForm form = new PartnerForm();
        form.setCompanyName(name);
        return form;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @SuppressWarnings("unchecked")
    private Grid<PartnerListItem> findGrid() {
        return find(Grid.class).withId("partner-grid").single();
    }
}
