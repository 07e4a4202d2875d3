package id.go.kemensos.replika.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import id.go.kemensos.replika.IntegrationTest;
import id.go.kemensos.replika.audit.AuditAction;
import id.go.kemensos.replika.audit.AuditChange;
import id.go.kemensos.replika.audit.AuditEntries;
import id.go.kemensos.replika.audit.AuditFilter;
import id.go.kemensos.replika.audit.AuditListItem;
import id.go.kemensos.replika.audit.AuditService;
import id.go.kemensos.replika.base.export.ExportFiles;
import id.go.kemensos.replika.base.ui.ExportDownloads;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit trail page: filters kept in the URL, an entry's changes, export, verification, and who may see it. */
@IntegrationTest
class AuditViewTest extends SpringBrowserlessTest {

    private static final String TYPE = "ViewTest";

    @Autowired
    AuditService service;
    @Autowired
    AuditEntries entries;
    @Autowired
    TransactionTemplate transactions;

    private String marker;

    @BeforeEach
    void twoEntriesWithAMarker() {
        marker = "marker-" + UUID.randomUUID();
        transactions.executeWithoutResult(tx -> {
            service.record(AuditAction.CREATE, TYPE, 7L, Map.of("fields", Map.of("title", marker)));
            service.record(AuditAction.UPDATE, TYPE, 7L, Map.of("changes",
                    Map.of("title", Map.of("old", marker, "new", marker + " (revisi)"))));
        });
    }

    @Test
    @WithUserDetails("direktur")
    void filtersAreReadFromTheUrlAndNarrowTheGridInSql() {
        UI.getCurrent().navigate("audit", QueryParameters.fromString("type=" + TYPE + "&record=7&q=" + marker));
        Grid<AuditListItem> grid = grid();
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getRow(0).action()).as("newest first").isEqualTo(AuditAction.UPDATE);
        assertThat(find(TextField.class).withId("audit-filter-text").single().getValue()).isEqualTo(marker);
        assertThat(find(ComboBox.class).withId("audit-filter-type").single().getValue()).isEqualTo(TYPE);

        @SuppressWarnings("unchecked")
        Select<AuditAction> action = find(Select.class).withId("audit-filter-action").single();
        test(action).selectItem(action.getItemLabelGenerator().apply(AuditAction.CREATE));
        assertThat(test(grid).size()).isEqualTo(1);

        test(find(TextField.class).withId("audit-filter-user").single()).setValue("nobody-such");
        assertThat(test(grid).size()).isZero();
        assertThat(find(Button.class).withId("audit-verify").all()).as("verification is for administrators")
                .isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void anEntryShowsEachChangedFieldWithItsOldAndNewValue() {
        UI.getCurrent().navigate("audit", QueryParameters.fromString("action=UPDATE&q=" + marker));
        test(grid()).clickRow(0);

        Dialog dialog = find(Dialog.class).withId("audit-entry-dialog").single();
        @SuppressWarnings("unchecked")
        Grid<AuditChange> changes = find(Grid.class, dialog).withId("audit-entry-changes").single();
        assertThat(test(changes).size()).isEqualTo(1);
        assertThat(test(changes).getRow(0)).isEqualTo(new AuditChange("title", marker, marker + " (revisi)"));
    }

    @Test
    @WithUserDetails("admin")
    void theExportHoldsTheFilteredEntriesAndIsItselfAudited() {
        UI.getCurrent().navigate("audit", QueryParameters.fromString("q=" + marker));
        long before = entries.lastId();

        byte[] csv = ExportDownloads.download(find(Anchor.class).withId("export-csv").single());

        List<Long> expected = service.search(new AuditFilter(null, null, null, null, null, null, marker),
                PageRequest.of(0, 10)).stream().map(AuditListItem::id).toList();
        assertThat(ExportFiles.ids(csv)).hasSize(2).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(ExportFiles.csv(csv).getFirst().values()).contains("Waktu", "Pengguna", "Tindakan", "Hash");
        assertThat(entries.after(before)).filteredOn(row -> row.action().equals("EXPORT")).singleElement()
                .satisfies(row -> {
                    assertThat(row.username()).isEqualTo("admin");
                    assertThat(row.parsedDetails()).containsEntry("export", "jejak-audit")
                            .containsEntry("format", "CSV").containsEntry("rows", 2);
                });
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorVerifiesTheChainFromThePage() {
        navigate(AuditView.class);
        test(find(Button.class).withId("audit-verify").single()).click();
        assertThat(test(find(Notification.class).single()).getText()).startsWith("Jejak audit utuh");
    }

    @Test
    @WithUserDetails("kartini")
    void anOperatorGetsNeitherThePageNorTheEntries() {
        UI.getCurrent().navigate("audit");
        assertThat(find(AuditView.class).all()).isEmpty();
        assertThatThrownBy(() -> service.search(AuditFilter.none(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.count(AuditFilter.none())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("mitra1")
    void aCsrPartnerGetsNoHistoryEither() {
        assertThatThrownBy(() -> service.history(TYPE, 7, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @SuppressWarnings("unchecked")
    private Grid<AuditListItem> grid() {
        return find(Grid.class).withId("audit-grid").single();
    }
}
