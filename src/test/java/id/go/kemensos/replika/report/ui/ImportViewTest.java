package id.go.kemensos.replika.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import id.go.kemensos.replika.IntegrationTest;
import id.go.kemensos.replika.report.ImportKind;
import id.go.kemensos.replika.report.ImportPreview.CheckedRow;
import id.go.kemensos.replika.shell.AccessDeniedView;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The import page without a browser: upload, preview with every row's problems, import only when clean. */
@IntegrationTest
class ImportViewTest extends SpringBrowserlessTest {

    private static final String HEADER = "code,name,type,parent_code,city,province,head_name\n";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("admin")
    void aFileWithProblemsIsPreviewedRowByRowAndCannotBeImported() {
        ImportView view = navigate(ImportView.class);
        assertThat(kind().getValue()).isEqualTo(ImportKind.UNITS);
        assertThat(find(Anchor.class).withId("import-template-xlsx").single().getHref()).isNotBlank();
        assertThat(importButton().isEnabled()).as("nothing uploaded yet").isFalse();

        upload("units.csv", HEADER
                + "VIEW-A,Sentra Uji Tampilan,UPT,NO-SUCH-UNIT,,,\n"
                + "VIEW-B,,PLANET,,,,\n"
                + "VIEW-C,Sentra Uji Bersih,UPT,,,,\n");

        List<CheckedRow> rows = previewRows();
        assertThat(rows).extracting(row -> row.row().number()).containsExactly(2, 3, 4);
        assertThat(view.problemText(rows.get(0))).contains("parent_code: Tidak ada unit dengan kode NO-SUCH-UNIT");
        assertThat(view.problemText(rows.get(1))).contains("name: Nama unit wajib diisi")
                .contains("type: Nilai PLANET tidak dikenal");
        assertThat(view.problemText(rows.get(2))).isEqualTo("Siap");
        assertThat(find(Span.class).withId("import-summary").single().getText()).startsWith("2 dari 3 baris");
        assertThat(importButton().isEnabled()).isFalse();

        upload("units.csv", HEADER + "VIEW-C,Sentra Uji Bersih,UPT,,,,\n");
        assertThat(previewRows()).hasSize(1);
        assertThat(importButton().isEnabled()).as("a clean file may be imported").isTrue();

        test(kind()).selectItem("Inovasi");
        assertThat(importButton().isEnabled()).as("another kind forgets the file").isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void aFileOfAnotherTypeIsRefusedWithoutPreview() {
        navigate(ImportView.class);
        upload("laporan.pdf", "%PDF-1.7");
        assertThat(test(find(Notification.class).single()).getText())
                .isEqualTo("Hanya berkas CSV atau XLSX yang dapat diimpor.");
        assertThat(find(Grid.class).withId("import-preview").all()).as("no preview shown").isEmpty();
        assertThat(importButton().isEnabled()).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void anImportTheDatabaseRefusesHalfwayIsReportedAndSavesNothing() {
        navigate(ImportView.class);
        test(kind()).selectItem("Sheltered Workshop");
        upload("workshops.csv", "code,name,coaching_unit_code,village,regency,province,founded,self_help_group,"
                + "mentoring_start,mentoring_end,mentors,products,status,description\n"
                + "SW-0981,SWP Tampilan Satu,ST-KARTINI,,Kab. Uji,Jawa Tengah,,,,,,,MENTORING,\n"
                + "SW-0982,SWP Tampilan Dua,ST-KARTINI,,Kab. Uji,Jawa Tengah,,,,,,,MENTORING,\n");
        assertThat(importButton().isEnabled()).isTrue();
        try {
            jdbc.execute("create trigger import_view_test_refuses_row before insert on workshop for each row "
                    + "if new.code = 'SW-0982' then signal sqlstate '23000' set message_text = 'refused'; end if");

            test(importButton()).click();

            assertThat(test(find(Notification.class).single()).getText()).isEqualTo("Impor dibatalkan karena data "
                    + "yang sama baru saja diubah pengguna lain; tidak ada yang disimpan. Unggah berkas lagi.");
            assertThat(jdbc.queryForObject("select count(*) from workshop where code in ('SW-0981', 'SW-0982')",
                    Long.class)).isZero();
        } finally {
            jdbc.execute("drop trigger if exists import_view_test_refuses_row");
            jdbc.update("delete from workshop where code in ('SW-0981', 'SW-0982')");
        }
    }

    @Test
    @WithUserDetails("direktur")
    void directorsAreOfferedInnovationsOnly() {
        navigate(ImportView.class);
        assertThat(test(kind()).getSuggestionItems()).containsExactly(ImportKind.INNOVATIONS);
    }

    @Test
    @WithUserDetails("kartini")
    void operatorsCannotOpenTheImportPage() {
        UI.getCurrent().navigate("import");
        assertThat(find(AccessDeniedView.class).all()).hasSize(1);
    }

    private void upload(String fileName, String content) {
        test(find(Upload.class).withId("import-upload").single())
                .upload(fileName, "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private Select<ImportKind> kind() {
        return find(Select.class).withId("import-kind").single();
    }

    private Button importButton() {
        return find(Button.class).withId("import-run").single();
    }

    @SuppressWarnings("unchecked")
    private List<CheckedRow> previewRows() {
        Grid<CheckedRow> grid = find(Grid.class).withId("import-preview").single();
        List<CheckedRow> rows = new ArrayList<>();
        for (int i = 0; i < test(grid).size(); i++) {
            rows.add(test(grid).getRow(i));
        }
        return rows;
    }
}
