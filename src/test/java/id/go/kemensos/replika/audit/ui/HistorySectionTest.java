package id.go.kemensos.replika.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import id.go.kemensos.replika.IntegrationTest;
import id.go.kemensos.replika.audit.AuditAction;
import id.go.kemensos.replika.audit.AuditListItem;
import id.go.kemensos.replika.audit.AuditService;
import id.go.kemensos.replika.audit.HistorySection;
import id.go.kemensos.replika.base.NotFoundException;
import id.go.kemensos.replika.innovation.InnovationService;
import id.go.kemensos.replika.replication.ReplicationService;
import id.go.kemensos.replika.workshop.WorkshopService;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/** A record's detail view shows its own audit entries, to whoever may see the record, and to no one else. */
@IntegrationTest
class HistorySectionTest extends SpringBrowserlessTest {

    /** The demo's Sheltered Workshop Peduli, of Kartini's unit. */
    private static final long SWP = 1;

    @Autowired
    AuditService audit;
    @Autowired
    InnovationService innovations;
    @Autowired
    ReplicationService replications;
    @Autowired
    WorkshopService workshops;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("kartini")
    void anInnovationsDetailViewShowsItsNewestEntriesWhenHistoryIsOpened() {
        String marker = "riwayat-" + UUID.randomUUID();
        transactions.executeWithoutResult(tx -> audit.record(AuditAction.UPDATE, InnovationService.RECORD_TYPE,
                SWP, Map.of("changes", Map.of("category", Map.of("old", "Disabilitas", "new", marker)))));

        UI.getCurrent().navigate("innovations/" + SWP);
        HistorySection history = (HistorySection) find(Details.class).withId("history").single();
        assertThat(history.isOpened()).as("closed until asked for").isFalse();
        history.setOpened(true);

        @SuppressWarnings("unchecked")
        Grid<AuditListItem> grid = find(Grid.class, history).withId("history-grid").single();
        assertThat(test(grid).size()).isBetween(1, HistorySection.LIMIT);
        assertThat(test(grid).getRow(0).changes()).anySatisfy(change -> {
            assertThat(change.field()).isEqualTo("category");
            assertThat(change.newValue()).isEqualTo(marker);
        });
        assertThat(find(Anchor.class).withId("history-all").all()).as("the full trail is not an operator's")
                .isEmpty();
    }

    @Test
    @WithUserDetails("direktur")
    void readersOfTheTrailGetALinkToAllOfTheRecordsEntries() {
        UI.getCurrent().navigate("innovations/" + SWP);
        assertThat(find(Anchor.class).withId("history-all").single().getHref())
                .startsWith("audit?").contains("type=Innovation", "record=" + SWP);
    }

    @Test
    @WithUserDetails("wyataguna")
    void anOperatorGetsNoHistoryOfAReplicationTheyMayNotSee() {
        long hidden = jdbc.queryForObject("select min(id) from replication where adopting_unit_id = 10 "
                + "and origin_unit_id <> 14", Long.class);
        assertThatThrownBy(() -> replications.history(hidden, 10)).isInstanceOf(NotFoundException.class);
    }

    @Test
    @WithUserDetails("mitra1")
    void aCsrPartnerSeesTheirWorkshopButNotItsHistory() {
        long own = jdbc.queryForObject("select min(workshop_id) from sponsorship where partner_id = 1", Long.class);
        assertThat(workshops.get(own)).isNotNull();
        assertThatThrownBy(() -> workshops.history(own, 10)).isInstanceOf(AccessDeniedException.class);

        UI.getCurrent().navigate("workshops/" + own);
        assertThat(find(Details.class).withId("history").all()).isEmpty();
    }
}
