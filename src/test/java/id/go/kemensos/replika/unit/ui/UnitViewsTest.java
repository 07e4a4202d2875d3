package id.go.kemensos.replika.unit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import id.go.kemensos.replika.IntegrationTest;
import id.go.kemensos.replika.unit.UnitDetails;
import id.go.kemensos.replika.unit.UnitForm;
import id.go.kemensos.replika.unit.UnitListItem;
import id.go.kemensos.replika.unit.UnitService;
import id.go.kemensos.replika.unit.UnitType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class UnitViewsTest extends SpringBrowserlessTest {

    @Autowired
    UnitService service;

    @Test
    @WithUserDetails("direktur")
    void directorSeesTheDemoUnitsAndCanFilterThem() {
        UnitListView view = navigate(UnitListView.class);
        Grid<UnitListItem> grid = findGrid();
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(19);
        assertThat(find(Button.class).withId("unit-new").all()).as("no create button for directors").isEmpty();

        test(find(TextField.class).withId("unit-filter-text").single()).setValue("Kartini");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).name()).isEqualTo("Sentra Terpadu Kartini");
        assertThat(view.getElement().getTextRecursively()).contains("1 unit");
    }

    @Test
    @WithUserDetails("panrb")
    void filtersAreReadFromTheUrlSoAListCanBeShared() {
        UI.getCurrent().navigate("units", QueryParameters.fromString("type=UPT&province=Jawa%20Barat&q=sentra"));
        Grid<UnitListItem> grid = findGrid();
        assertThat(find(TextField.class).withId("unit-filter-text").single().getValue()).isEqualTo("sentra");
        List<String> provinces = new ArrayList<>();
        for (int row = 0; row < test(grid).size(); row++) {
            provinces.add(test(grid).getRow(row).province());
        }
        assertThat(provinces).isNotEmpty().containsOnly("Jawa Barat");
        assertThat(test(grid).size()).as("the four demo UPTs in West Java").isEqualTo(4);
    }

    @Test
    @WithUserDetails("kartini")
    void operatorSeesAUnitReadOnly() {
        UI.getCurrent().navigate("units/10");
        TextField name = find(TextField.class).withId("unit-name").single();
        assertThat(name.getValue()).isEqualTo("Sentra Terpadu Kartini");
        assertThat(name.isReadOnly()).isTrue();
        assertThat(find(Button.class).withId("unit-save").all()).as("no visible save button").isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void adminCreatesAUnitAndSeesMistakesNextToTheFields() {
        UI.getCurrent().navigate("units/new");
        TextField code = find(TextField.class).withId("unit-code").single();
        TextField name = find(TextField.class).withId("unit-name").single();
        test(name).setValue("Sentra Baru");
        test(code).setValue("st-kartini");
        test(find(Button.class).withId("unit-save").single()).click();
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo("Kode st-kartini sudah dipakai unit lain");
        assertThat(name.getValue()).as("the user's input is kept").isEqualTo("Sentra Baru");

        test(code).setValue("");
        test(find(Button.class).withId("unit-save").single()).click();
        assertThat(code.getErrorMessage()).isEqualTo("Kode unit wajib diisi");

        String fresh = "NEW-" + UUID.randomUUID().toString().substring(0, 8);
        test(code).setValue(fresh);
        test(find(Button.class).withId("unit-save").single()).click();
        assertThat(find(TextField.class).withId("unit-code").single().getValue()).isEqualTo(fresh);
        assertThat(service.search(new id.go.kemensos.replika.unit.UnitFilter(fresh, null, null, false),
                org.springframework.data.domain.PageRequest.of(0, 5))).hasSize(1);
    }

    @Test
    @WithUserDetails("admin")
    void aStaleSaveOffersAReloadAndOverwritesNothing() {
        UnitForm form = new UnitForm();
        form.setCode("STALE-" + UUID.randomUUID().toString().substring(0, 8));
        form.setName("Before");
        form.setType(UnitType.UPT);
        UnitDetails unit = service.create(form);

        UI.getCurrent().navigate("units/" + unit.id());
        UnitForm otherEdit = unit.toForm();
        otherEdit.setName("Saved by someone else");
        service.update(unit.id(), unit.version(), otherEdit);

        test(find(TextField.class).withId("unit-name").single()).setValue("My late edit");
        test(find(Button.class).withId("unit-save").single()).click();

        ConfirmDialog dialog = find(ConfirmDialog.class).single();
        assertThat(dialog.getId()).contains("stale-dialog");
        assertThat(service.get(unit.id()).name()).isEqualTo("Saved by someone else");
        assertThat(find(TextField.class).withId("unit-name").single().getValue()).isEqualTo("My late edit");
    }

    @SuppressWarnings("unchecked")
    private Grid<UnitListItem> findGrid() {
        return find(Grid.class).withId("unit-grid").single();
    }
}
