package id.go.kemensos.replika.innovation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.kemensos.replika.IntegrationTest;
import id.go.kemensos.replika.audit.AuditEntries;
import id.go.kemensos.replika.audit.AuditEntries.Row;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Changes of an innovation reach the audit trail in their own transaction: committed together or not at all. No
 * test transaction here, so each test commits for real and deletes what it created (its audit entries stay: the
 * trail is append-only).
 */
@IntegrationTest
class InnovationAuditTest {

    @Autowired
    InnovationService service;
    @Autowired
    InnovationRepository innovations;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditEntries audit;

    @Test
    @WithUserDetails("kartini")
    void createUpdateAndDeleteEachWriteOneEntryWithTheFieldsThatChanged() {
        String title = "Audit " + UUID.randomUUID();
        InnovationDetails created = service.create(InnovationServiceTest.form(InnovationServiceTest.KARTINI, title));
        try {
            List<Row> afterCreate = audit.of("Innovation", created.id());
            assertThat(afterCreate).singleElement().satisfies(entry -> {
                assertThat(entry.action()).isEqualTo("CREATE");
                assertThat(entry.username()).isEqualTo("kartini");
                assertThat(entry.role()).isEqualTo("UPT_OPERATOR");
                assertThat(entry.unitId()).isEqualTo(10L);
                assertThat(entry.details()).contains("\"title\":\"" + title + "\"")
                        .doesNotContain("\"version\"", "\"modifiedAt\"");
            });

            InnovationForm form = created.toForm();
            form.setTitle(title + " (revisi)");
            form.setCategory("Lansia");
            service.update(created.id(), created.version(), form);

            assertThat(audit.of("Innovation", created.id())).hasSize(2).last().satisfies(entry -> {
                assertThat(entry.action()).isEqualTo("UPDATE");
                assertThat(entry.changes()).containsOnlyKeys("title", "category");
                assertThat(entry.changes().get("title")).containsEntry("old", title)
                        .containsEntry("new", title + " (revisi)");
                assertThat(entry.changes().get("category")).containsEntry("old", "Disabilitas")
                        .containsEntry("new", "Lansia");
            });
        } finally {
            transactions.executeWithoutResult(tx -> innovations.deleteById(created.id()));
        }
        assertThat(audit.of("Innovation", created.id())).extracting(Row::action)
                .containsExactly("CREATE", "UPDATE", "DELETE");
        assertThat(audit.of("Innovation", created.id()).getLast().details()).contains(title + " (revisi)");
    }

    @Test
    @WithUserDetails("kartini")
    void aRolledBackChangeLeavesNoEntry() {
        String title = "Audit rollback " + UUID.randomUUID();
        long before = audit.count();
        Long id = transactions.execute(tx -> {
            InnovationDetails created = service.create(InnovationServiceTest.form(InnovationServiceTest.KARTINI,
                    title));
            // flushed and visible in this transaction, but its entry waits for the commit
            assertThat(jdbc.queryForObject("select count(*) from innovation where id = ?", Long.class,
                    created.id())).isOne();
            tx.setRollbackOnly();
            return created.id();
        });
        assertThat(jdbc.queryForObject("select count(*) from innovation where id = ?", Long.class, id)).isZero();
        assertThat(audit.of("Innovation", id)).isEmpty();
        assertThat(audit.countMentioning(title)).isZero();
        assertThat(audit.count()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("kartini")
    void aChangeWhoseEntryCannotBeWrittenIsNotCommitted() {
        String title = "Audit refused " + UUID.randomUUID();
        jdbc.execute("create trigger audit_test_refuses_entry before insert on audit_entry for each row "
                + "if new.details like '%Audit refused%' then "
                + "signal sqlstate '45000' set message_text = 'refused by test'; end if");
        try {
            assertThatThrownBy(() -> service.create(InnovationServiceTest.form(InnovationServiceTest.KARTINI,
                    title))).isNotNull();
        } finally {
            jdbc.execute("drop trigger audit_test_refuses_entry");
        }
        assertThat(jdbc.queryForObject("select count(*) from innovation where title = ?", Long.class, title))
                .as("the innovation was rolled back with its entry").isZero();
        assertThat(audit.countMentioning(title)).isZero();
    }
}
