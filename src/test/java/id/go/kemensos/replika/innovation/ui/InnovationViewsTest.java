package id.go.kemensos.replika.innovation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import id.go.kemensos.replika.IntegrationTest;
import id.go.kemensos.replika.innovation.AwardItem;
import id.go.kemensos.replika.innovation.AwardLevel;
import id.go.kemensos.replika.innovation.InnovationFilter;
import id.go.kemensos.replika.innovation.InnovationListItem;
import id.go.kemensos.replika.innovation.InnovationService;
import id.go.kemensos.replika.innovation.Stage;
import id.go.kemensos.replika.shell.AccessDeniedView;
import id.go.kemensos.replika.unit.UnitRef;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The innovations list and page, per role, without a browser. */
@IntegrationTest
class InnovationViewsTest extends SpringBrowserlessTest {

    @Autowired
    InnovationService service;

    @Test
    @WithUserDetails("direktur")
    void aDirectorBrowsesAndFiltersButCannotRecordInnovations() {
        navigate(InnovationListView.class);
        Grid<InnovationListItem> grid = grid("innovation-grid");
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(25);
        assertThat(find(Button.class).withId("innovation-new").all()).isEmpty();

        UI.getCurrent().navigate("innovations", QueryParameters.fromString("stage=TRIAL&endorsed=false"));
        Grid<InnovationListItem> filtered = grid("innovation-grid");
        assertThat(rows(filtered)).isNotEmpty().allMatch(item -> item.stage() == Stage.TRIAL);
        assertThat(find(Select.class).withId("innovation-filter-stage").single().getValue()).isEqualTo(Stage.TRIAL);
    }

    @Test
    @WithUserDetails("panrb")
    void theBestAwardReadsLikeKippYearAndLevel() {
        UI.getCurrent().navigate("innovations", QueryParameters.fromString("q=INV-2026-0001"));
        Grid<InnovationListItem> grid = grid("innovation-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 5)).isEqualTo("KIPP 2018 · Top 45");
    }

    @Test
    @WithUserDetails("direktur")
    void aDirectorSeesTheRecordReadOnlyAndMayAddAwardsAndEndorse() {
        UI.getCurrent().navigate("innovations/1");
        TextField title = find(TextField.class).withId("innovation-title-field").single();
        assertThat(title.getValue()).isEqualTo("Sheltered Workshop Peduli (SWP)");
        assertThat(title.isReadOnly()).isTrue();
        assertThat(find(Button.class).withId("innovation-save").all()).isEmpty();
        assertThat(find(Button.class).withId("award-add").all()).hasSize(1);
        assertThat(find(Button.class).withId("endorsement-toggle").all()).hasSize(1);
        assertThat(find(Upload.class).all()).as("no upload for directors").isEmpty();
    }

    @Test
    @WithUserDetails("kartini")
    void anOperatorRecordsAnInnovationForTheirUnitWithoutAnyAwardControls() {
        navigate(InnovationListView.class);
        test(find(Button.class).withId("innovation-new").single()).click();

        @SuppressWarnings("unchecked")
        ComboBox<UnitRef> unit = find(ComboBox.class).withId("innovation-unit").single();
        assertThat(unit.getValue().name()).isEqualTo("Sentra Terpadu Kartini");
        assertThat(unit.isReadOnly()).as("an operator's unit is fixed").isTrue();

        TextField title = find(TextField.class).withId("innovation-title-field").single();
        test(title).setValue("SWP");
        test(find(IntegerField.class).withId("innovation-year").single()).setValue(2021);
        test(find(Button.class).withId("innovation-save").single()).click();
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Judul 5 sampai 200 karakter");
        assertThat(title.getValue()).isEqualTo("SWP");

        String name = "Pendampingan Wirausaha Difabel " + UUID.randomUUID().toString().substring(0, 6);
        test(title).setValue(name);
        test(find(Button.class).withId("innovation-save").single()).click();

        assertThat(find(TextField.class).withId("innovation-title-field").single().getValue()).isEqualTo(name);
        assertThat(find(Button.class).withId("award-add").all()).isEmpty();
        assertThat(find(Button.class).withId("endorsement-toggle").all()).isEmpty();
        assertThat(find(Upload.class).withId("document-upload").all()).hasSize(1);
        assertThat(service.search(new InnovationFilter(name, null, null, null, null, null, null, null, false),
                PageRequest.of(0, 5))).singleElement().extracting(InnovationListItem::unitName)
                .isEqualTo("Sentra Terpadu Kartini");
    }

    @Test
    @WithUserDetails("kartini")
    void anOperatorReadsAnotherUnitsInnovationWithoutEditing() {
        UI.getCurrent().navigate("innovations/6");
        assertThat(find(TextField.class).withId("innovation-title-field").single().isReadOnly()).isTrue();
        assertThat(find(Button.class).withId("innovation-save").all()).isEmpty();
        assertThat(find(Upload.class).all()).isEmpty();
    }

    @Test
    @WithUserDetails("panrb")
    void panrbAddsAnAwardThroughTheDialogAndDuplicatesAreExplainedThere() {
        UI.getCurrent().navigate("innovations/2");
        int before = service.get(2).awards().size();
        addAward(2023, AwardLevel.TOP_99);
        assertThat(find(Dialog.class).withId("award-dialog").all()).as("closed after saving").isEmpty();
        Grid<AwardItem> awards = grid("award-grid");
        assertThat(test(awards).size()).isEqualTo(before + 1);

        addAward(2023, AwardLevel.TOP_45);
        IntegerField year = find(IntegerField.class).withId("award-year").single();
        assertThat(year.isInvalid()).isTrue();
        assertThat(year.getErrorMessage()).isEqualTo("Penghargaan KIPP tahun 2023 sudah tercatat untuk inovasi ini");
        assertThat(find(Dialog.class).withId("award-dialog").all()).as("kept open with the input").hasSize(1);
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorMayMoveTheInnovationAndUseEveryControl() {
        UI.getCurrent().navigate("innovations/6");
        assertThat(find(ComboBox.class).withId("innovation-unit").single().isReadOnly()).isFalse();
        assertThat(find(Button.class).withId("innovation-save").all()).hasSize(1);
        assertThat(find(Button.class).withId("award-add").all()).hasSize(1);
        assertThat(find(Upload.class).withId("document-upload").all()).hasSize(1);
    }

    @Test
    @WithUserDetails("mitra1")
    void aCsrPartnerIsDeniedTheListAndTheRecord() {
        UI.getCurrent().navigate("innovations");
        assertThat(find(AccessDeniedView.class).all()).hasSize(1);
        assertThat(find(Grid.class).all()).isEmpty();
        UI.getCurrent().navigate("innovations/1");
        assertThat(find(AccessDeniedView.class).all()).hasSize(1);
        assertThat(find(TextField.class).all()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private void addAward(int year, AwardLevel level) {
        test(find(Button.class).withId("award-add").single()).click();
        test(find(IntegerField.class).withId("award-year").single()).setValue(year);
        Select<AwardLevel> levelSelect = find(Select.class).withId("award-level").single();
        test(levelSelect).selectItem(getTranslation(level));
        test(find(Button.class).withId("award-save").single()).click();
    }

    private static String getTranslation(AwardLevel level) {
        return switch (level) {
            case TOP_99 -> "Top 99";
            case TOP_45 -> "Top 45";
            default -> throw new IllegalArgumentException(level.name());
        };
    }

    @SuppressWarnings("unchecked")
    private <T> Grid<T> grid(String id) {
        return find(Grid.class).withId(id).single();
    }

    private <T> List<T> rows(Grid<T> grid) {
        List<T> rows = new ArrayList<>();
        for (int row = 0; row < test(grid).size(); row++) {
            rows.add(test(grid).getRow(row));
        }
        return rows;
    }
}
