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
    void aStaleSaveOverwritesNothingAndLetsTheUserCompareAndSaveAgain() {
        UnitDetails unit = service.create(unitForm("STALE", "Before"));
        UI.getCurrent().navigate("units/" + unit.id());
        UnitForm otherEdit = unit.toForm();
        otherEdit.setName("Saved by someone else");
        otherEdit.setCity("Blitar");
        service.update(unit.id(), unit.version(), otherEdit);

        TextField name = find(TextField.class).withId("unit-name").single();
        test(name).setValue("My late edit");
        test(find(Button.class).withId("unit-save").single()).click();

        ConfirmDialog dialog = find(ConfirmDialog.class).single();
        assertThat(dialog.getId()).contains("stale-dialog");
        assertThat(service.get(unit.id()).name()).as("nothing overwritten").isEqualTo("Saved by someone else");
        assertThat(name.getValue()).as("the user's input is kept").isEqualTo("My late edit");

        test(dialog).reject();
        assertThat(name.getValue()).isEqualTo("My late edit");
        assertThat(name.getHelperText()).isEqualTo("Versi terbaru: Saved by someone else");
        assertThat(find(TextField.class).withId("unit-city").single().getHelperText())
                .isEqualTo("Versi terbaru: Blitar");

        test(find(Button.class).withId("unit-save").single()).click();
        UnitDetails stored = service.get(unit.id());
        assertThat(stored.name()).isEqualTo("My late edit");
        assertThat(stored.city()).as("the user's form had no city: a conscious choice after comparing").isNull();
    }

    @Test
    @WithUserDetails("admin")
    void reloadingAfterAConflictShowsTheLatestVersion() {
        UnitDetails unit = service.create(unitForm("RELOAD", "Before"));
        UI.getCurrent().navigate("units/" + unit.id());
        UnitForm otherEdit = unit.toForm();
        otherEdit.setName("Newest name");
        service.update(unit.id(), unit.version(), otherEdit);

        test(find(TextField.class).withId("unit-name").single()).setValue("Mine");
        test(find(Button.class).withId("unit-save").single()).click();
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(find(TextField.class).withId("unit-name").single().getValue()).isEqualTo("Newest name");
    }

    @Test
    @WithUserDetails("admin")
    void deactivatingAfterConfirmationKeepsWhatTheUserTyped() {
        UnitDetails unit = service.create(unitForm("TOGGLE", "Toggle me"));
        UI.getCurrent().navigate("units/" + unit.id());
        test(find(TextField.class).withId("unit-city").single()).setValue("Typed but not saved");

        test(find(Button.class).withId("unit-toggle-active").single()).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(service.get(unit.id()).active()).as("nothing happens before confirming").isTrue();
        test(confirm).confirm();

        assertThat(service.get(unit.id()).active()).isFalse();
        assertThat(find(TextField.class).withId("unit-city").single().getValue()).isEqualTo("Typed but not saved");
        test(find(Button.class).withId("unit-save").single()).click();
        assertThat(service.get(unit.id()).city()).isEqualTo("Typed but not saved");
        assertThat(service.get(unit.id()).active()).isFalse();
    }

    private static UnitForm unitForm(String prefix, String name) {
        UnitForm form = new UnitForm();
        form.setCode(prefix + "-" + UUID.randomUUID().toString().substring(0, 8));
        form.setName(name);
        form.setType(UnitType.UPT);
        return form;
    }

    @SuppressWarnings("unchecked")
    private Grid<UnitListItem> findGrid() {
        return find(Grid.class).withId("unit-grid").single();
    }
}
