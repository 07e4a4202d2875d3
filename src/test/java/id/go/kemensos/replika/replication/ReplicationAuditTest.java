package id.go.kemensos.replika.replication;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.kemensos.replika.IntegrationTest;
import id.go.kemensos.replika.audit.AuditEntries;
import id.go.kemensos.replika.audit.AuditEntries.Row;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/** A workflow step is one TRANSITION entry of the replication, with both statuses, committed with the step. */
@IntegrationTest
class ReplicationAuditTest {

    @Autowired
    ReplicationService service;
    @Autowired
    EntityManager entityManager;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditEntries audit;

    private long id;

    @Test
    @WithUserDetails("admin")
    void aDocumentDownloadIsRecordedWithoutItsContent() {
        var document = jdbc.queryForMap("select id, owner_id, original_name from document "
                + "where owner_type = 'REPLICATION' order by id limit 1");
        long documentId = ((Number) document.get("id")).longValue();
        long before = audit.lastId();

        service.openDocument(((Number) document.get("owner_id")).longValue(), documentId);

        assertThat(audit.after(before)).singleElement().satisfies(row -> {
            assertThat(row.action()).isEqualTo("DOWNLOAD");
            assertThat(row.recordType()).isEqualTo("Document");
            assertThat(row.recordId()).isEqualTo(documentId);
            assertThat(row.username()).isEqualTo("admin");
            assertThat(row.parsedDetails()).containsEntry("owner", "REPLICATION")
                    .containsEntry("file", document.get("original_name"));
        });
    }

    @BeforeEach
    void aSubmittedReplication() {
        id = transactions.execute(tx -> {
            Replication replication = new Replication(entityManager.getReference(InnovationView.class,
                    ReplicationWorkflowTest.SOEHARSO_INNOVATION), entityManager.getReference(UnitView.class,
                    ReplicationWorkflowTest.SOEHARSO), entityManager.getReference(UnitView.class,
                    ReplicationWorkflowTest.KARTINI), Instant.now());
            replication.moveTo(ReplicationStatus.SUBMITTED, Instant.now());
            entityManager.persist(replication);
            return replication.getId();
        });
    }

    @AfterEach
    void removeIt() {
        jdbc.update("delete from replication_transition where replication_id = ?", id);
        jdbc.update("delete from replication where id = ?", id);
    }

    @Test
    @WithUserDetails("direktur")
    void aStepIsRecordedAsATransitionWithFromToAndReason() {
        service.returnToDraft(id, service.get(id).version(), "Lengkapi rencana aksi");

        List<Row> rows = audit.of("Replication", id);
        assertThat(rows).extracting(Row::action).containsExactlyInAnyOrder("CREATE", "UPDATE", "TRANSITION");
        assertThat(rows).filteredOn(row -> row.action().equals("TRANSITION")).singleElement().satisfies(row -> {
            assertThat(row.username()).isEqualTo("direktur");
            assertThat(row.parsedDetails()).containsEntry("from", "SUBMITTED").containsEntry("to", "DRAFT")
                    .containsEntry("reason", "Lengkapi rencana aksi");
        });
        assertThat(rows).filteredOn(row -> row.action().equals("UPDATE")).singleElement()
                .satisfies(row -> assertThat(row.changes()).containsKey("status"));
        assertThat(audit.of("ReplicationTransition", id)).as("the step's own row is not audited twice").isEmpty();
        assertThat(rows.getFirst().parsedDetails().get("fields")).as("associations as ids")
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("adoptingUnit", (int) ReplicationWorkflowTest.KARTINI)
                .containsEntry("sourceInnovation", (int) ReplicationWorkflowTest.SOEHARSO_INNOVATION);
    }

    @Test
    @WithUserDetails("direktur")
    void aStepThatRollsBackLeavesNoTransition() {
        long version = service.get(id).version();
        transactions.executeWithoutResult(tx -> {
            service.returnToDraft(id, version, "Lengkapi rencana aksi");
            tx.setRollbackOnly();
        });
        assertThat(service.get(id).status()).isEqualTo(ReplicationStatus.SUBMITTED);
        assertThat(audit.of("Replication", id)).extracting(Row::action).containsExactly("CREATE");
    }
}
