package id.go.kemensos.replika.replication.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import id.go.kemensos.replika.IntegrationTest;
import id.go.kemensos.replika.replication.ReplicationFilter;
import id.go.kemensos.replika.replication.ReplicationListItem;
import id.go.kemensos.replika.replication.ReplicationService;
import id.go.kemensos.replika.replication.ReplicationStatus;
import id.go.kemensos.replika.shell.NotFoundView;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The status grid and a replication's page, per role, without a browser (demo data: 69 replications). */
@IntegrationTest
class ReplicationViewsTest extends SpringBrowserlessTest {

    @Autowired
    ReplicationService service;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("direktur")
    void theDirectorsGridFiltersByStatusesFromTheUrlAndCountsEachStatus() {
        navigate(ReplicationListView.class);
        assertThat(test(grid()).size()).isGreaterThanOrEqualTo(60);

        UI.getCurrent().navigate("replications", QueryParameters.fromString("status=SUBMITTED,APPROVED"));
        List<ReplicationListItem> rows = rows(grid());
        assertThat(rows).isNotEmpty().allMatch(item -> item.status() == ReplicationStatus.SUBMITTED
                || item.status() == ReplicationStatus.APPROVED);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<ReplicationStatus> statuses = find(MultiSelectComboBox.class)
                .withId("replication-filter-status").single();
        assertThat(statuses.getValue()).containsExactlyInAnyOrder(ReplicationStatus.SUBMITTED,
                ReplicationStatus.APPROVED);
        long submitted = rows.stream().filter(item -> item.status() == ReplicationStatus.SUBMITTED).count();
        assertThat(find(Button.class).withId("count-SUBMITTED").single().getText()).isEqualTo("Diajukan " + submitted);

        UI.getCurrent().navigate("replications", QueryParameters.fromString("overdue=true"));
        assertThat(rows(grid())).isNotEmpty().allMatch(ReplicationListItem::overdue);
    }

    @Test
    @WithUserDetails("direktur")
    void theRarelyUsedFiltersAreBuiltWhenFirstShownAndStillFilter() {
        navigate(ReplicationListView.class);
        assertThat(find(ComboBox.class).withId("replication-filter-province").all()).as("not built yet").isEmpty();
        Button more = find(Button.class).withId("replication-filter-more").single();
        assertThat(more.getText()).isEqualTo("Filter lainnya");

        test(more).click();
        @SuppressWarnings("unchecked")
        ComboBox<String> province = find(ComboBox.class).withId("replication-filter-province").single();
        assertThat(more.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        province.setValue("Jawa Tengah");
        List<ReplicationListItem> rows = rows(grid());
        assertThat(rows).isNotEmpty().allMatch(item -> "Jawa Tengah".equals(item.province()));

        test(more).click();
        assertThat(province.getParent().orElseThrow().isVisible()).isFalse();
        assertThat(more.getText()).as("a hidden filter still applies").isEqualTo("Filter lainnya (1 aktif)");
        assertThat(rows(grid())).hasSameSizeAs(rows);
        test(find(Button.class).withText("Hapus filter").single()).click();
        assertThat(province.getValue()).isNull();
        assertThat(more.getText()).isEqualTo("Filter lainnya");
    }

    @Test
    @WithUserDetails("kartini")
    void anOperatorsGridHoldsOnlyTheirUnitsReplications() {
        navigate(ReplicationListView.class);
        assertThat(rows(grid())).isNotEmpty().allMatch(item -> item.adoptingUnitName().equals("Sentra Terpadu Kartini")
                || item.originUnitName().equals("Sentra Terpadu Kartini"));
    }

    @Test
    @WithUserDetails("direktur")
    void aDirectorIsOfferedTheDecisionsOnASubmittedProposalAndApprovesIt() {
        long id = firstWithStatus(ReplicationStatus.SUBMITTED);
        UI.getCurrent().navigate("replications/" + id);
        assertThat(actionIds()).containsExactlyInAnyOrder("action-RETURN", "action-APPROVE", "action-DISCONTINUE");
        test(find(Button.class).withId("action-APPROVE").single()).click();
        test(find(Button.class).withId("step-confirm").single()).click();
        assertThat(service.get(id).status()).isEqualTo(ReplicationStatus.APPROVED);
        assertThat(actionIds()).containsExactly("action-DISCONTINUE");
    }

    @Test
    @WithUserDetails("kartini")
    void anOperatorCannotSubmitWithoutTheInterestLetterAndIsToldWhy() {
        long id = 29; // demo: Kartini's draft, returned once, no documents attached
        UI.getCurrent().navigate("replications/" + id);
        assertThat(actionIds()).containsExactly("action-SUBMIT");
        test(find(Button.class).withId("action-SUBMIT").single()).click();
        test(find(Button.class).withId("step-confirm").single()).click();
        assertThat(service.get(id).status()).isEqualTo(ReplicationStatus.DRAFT);
        assertThat(find(Notification.class).all()).anySatisfy(notification -> assertThat(test(notification).getText())
                .isEqualTo("Lampirkan surat pernyataan minat sebelum mengajukan"));
    }

    @Test
    @WithUserDetails("direktur")
    void demoReplicationsPastAStepCarryItsSampleEvidence() {
        var implementing = service.get(26);
        assertThat(implementing.status()).isEqualTo(ReplicationStatus.IMPLEMENTING);
        assertThat(implementing.documents()).extracting(d -> d.type().name())
                .contains("INTEREST_LETTER", "AGREEMENT");
        assertThat(service.get(29).documents()).as("a draft has no letter yet").isEmpty();
    }

    @Test
    @WithUserDetails("soeharso")
    void theOriginUnitReadsButIsOfferedNoStep() {
        long id = service.search(new ReplicationFilter(null, Set.of(ReplicationStatus.IMPLEMENTING), 13L, null, null,
                null, null, false), PageRequest.of(0, 1)).get(0).id();
        UI.getCurrent().navigate("replications/" + id);
        assertThat(actionIds()).isEmpty();
        assertThat(find(Button.class).withId("report-add").all()).isEmpty();
        assertThat(find(Button.class).withId("plan-save").all()).isEmpty();
    }

    @Test
    @WithUserDetails("wyataguna")
    void anUnrelatedOperatorGetsNotFound() {
        // demo replication 26: Soeharso's innovation adopted by Kartini, nothing to do with Wyata Guna
        UI.getCurrent().navigate("replications/26");
        assertThat(find(NotFoundView.class).all()).hasSize(1);
    }

    @Test
    @WithUserDetails("kartini")
    void anotherUnitsInnovationOffersToReplicateIt() {
        UI.getCurrent().navigate("innovations/6");
        assertThat(find(Button.class).withId("replication-start").all()).hasSize(1);
        UI.getCurrent().navigate("innovations/1");
        assertThat(find(Button.class).withId("replication-start").all()).as("Kartini's own innovation").isEmpty();
        assertThat(find(Grid.class).withId("innovation-replication-grid").all()).hasSize(1);
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorStartsAReplicationForAChosenUnit() {
        UI.getCurrent().navigate("innovations/6");
        assertThat(find(com.vaadin.flow.component.combobox.ComboBox.class).withId("replication-start-unit").all())
                .hasSize(1);
        assertThat(find(Button.class).withId("replication-start").all()).hasSize(1);
    }

    @Test
    @WithUserDetails("direktur")
    void aGridPageIsOneStatementForTheRowsAndOneForTheCount() {
        Set<ReplicationStatus> open = Set.of(ReplicationStatus.IMPLEMENTING, ReplicationStatus.EVALUATED);
        ReplicationFilter filter = new ReplicationFilter(null, open, null, null, "Jawa Tengah", null, null, false);
        assertThat(selectsDuring(() -> assertThat(service.search(filter, PageRequest.of(0, 20, Sort.by("adopting"))))
                .isNotEmpty())).as("rows").isEqualTo(1);
        assertThat(selectsDuring(() -> assertThat(service.count(filter)).isPositive())).as("count").isEqualTo(1);
        // a text filter first looks up the matching innovations and units: two small statements more
        ReplicationFilter text = new ReplicationFilter("sentra", open, null, null, null, null, null, false);
        assertThat(selectsDuring(() -> assertThat(service.search(text, PageRequest.of(0, 20))).isNotEmpty()))
                .as("rows with a text filter").isEqualTo(3);
    }

    /** SELECT statements the server ran during {@code action}, over all connections (tests run one at a time). */
    private long selectsDuring(Runnable action) {
        long before = comSelect();
        action.run();
        return comSelect() - before - 1;
    }

    private long comSelect() {
        return jdbc.queryForObject("select variable_value from information_schema.global_status "
                + "where variable_name = 'COM_SELECT'", Long.class);
    }

    private long firstWithStatus(ReplicationStatus status) {
        return service.search(new ReplicationFilter(null, Set.of(status), null, null, null, null, null, false),
                PageRequest.of(0, 1)).get(0).id();
    }

    private List<String> actionIds() {
        return find(Button.class).all().stream().map(button -> button.getId().orElse(""))
                .filter(id -> id.startsWith("action-")).toList();
    }

    @SuppressWarnings("unchecked")
    private Grid<ReplicationListItem> grid() {
        return find(Grid.class).withId("replication-grid").single();
    }

    private List<ReplicationListItem> rows(Grid<ReplicationListItem> grid) {
        List<ReplicationListItem> rows = new ArrayList<>();
        for (int row = 0; row < test(grid).size(); row++) {
            rows.add(test(grid).getRow(row));
        }
        return rows;
    }
}
