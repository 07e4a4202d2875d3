package id.go.kemensos.replika.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.kemensos.replika.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tamper evidence: the database refuses to change or remove entries, and where someone does it anyway (with the
 * triggers dropped) the chain check finds the first broken entry. Tampering happens only inside transactions that
 * are rolled back, and the triggers are put back, so the shared database keeps an intact trail.
 */
@IntegrationTest
class AuditChainTest {

    // the same statements as in 2026-12-01-14-audit.sql
    private static final String NO_UPDATE = "create trigger audit_entry_no_update before update on audit_entry "
            + "for each row signal sqlstate '45000' set message_text = 'audit_entry is append-only'";
    private static final String NO_DELETE = "create trigger audit_entry_no_delete before delete on audit_entry "
            + "for each row signal sqlstate '45000' set message_text = 'audit_entry is append-only'";

    @Autowired
    AuditService service;
    @Autowired
    AuditEntries entries;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    @WithUserDetails("admin")
    void anUntouchedTrailVerifies() {
        writeSome(3);
        ChainCheck check = service.verifyChain();
        assertThat(check.intact()).as(check.toString()).isTrue();
        assertThat(check.checked()).isEqualTo(entries.count());
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAnEntry() {
        writeSome(1);
        long id = entries.lastId();
        assertThatThrownBy(() -> jdbc.update("update audit_entry set username = 'someone' where id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_head"))
                .isInstanceOf(DataAccessException.class);
        assertThat(entries.of("Test", 1)).isNotEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void aChangedEntryIsFoundByTheCheck() {
        writeSome(3);
        long middle = entries.lastId() - 1;
        withoutTriggers(() -> {
            jdbc.update("update audit_entry set details = '{\"note\":\"forged\"}' where id = ?", middle);
            assertThat(service.verifyChain()).satisfies(check -> {
                assertThat(check.intact()).isFalse();
                assertThat(check.firstBrokenId()).isEqualTo(middle);
                assertThat(check.problem()).isEqualTo(ChainCheck.Problem.HASH_MISMATCH);
            });
        });
        withoutTriggers(() -> {
            // a forger who also recomputes the changed entry's own hash still breaks the next entry's link
            jdbc.update("update audit_entry set hash = sha2('forged', 256) where id = ?", middle);
            assertThat(service.verifyChain().firstBrokenId()).isIn(middle, middle + 1);
        });
        assertThat(service.verifyChain().intact()).as("rolled back").isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void aRemovedEntryIsFoundByTheCheck() {
        writeSome(3);
        long last = entries.lastId();
        withoutTriggers(() -> {
            jdbc.update("delete from audit_entry where id = ?", last - 1);
            assertThat(service.verifyChain()).satisfies(check -> {
                assertThat(check.firstBrokenId()).isEqualTo(last);
                assertThat(check.problem()).isEqualTo(ChainCheck.Problem.GAP);
            });
        });
        withoutTriggers(() -> {
            jdbc.update("delete from audit_entry where id = ?", last);
            assertThat(service.verifyChain().problem()).isEqualTo(ChainCheck.Problem.HEAD_MISMATCH);
        });
        assertThat(service.verifyChain().intact()).isTrue();
    }

    @Test
    @WithUserDetails("direktur")
    void onlyAnAdministratorVerifies() {
        assertThatThrownBy(() -> service.verifyChain()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin")
    void concurrentWritersKeepOneUnbrokenChain() throws Exception {
        long before = entries.count();
        int perThread = 25;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int thread = 0; thread < 2; thread++) {
                int number = thread;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        int step = i;
                        transactions.executeWithoutResult(tx -> {
                            service.record(AuditAction.UPDATE, "Test", (long) number, Map.of("step", step));
                            service.record(AuditAction.UPDATE, "Test", (long) number, Map.of("step", step));
                        });
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(entries.count()).isEqualTo(before + 2L * 2 * perThread);
        ChainCheck check = service.verifyChain();
        assertThat(check.intact()).as(check.toString()).isTrue();
    }

    private void writeSome(int count) {
        transactions.executeWithoutResult(tx -> {
            for (int i = 0; i < count; i++) {
                service.record(AuditAction.UPDATE, "Test", 1L, Map.of("step", i));
            }
        });
    }

    /** Drops the triggers (DDL commits by itself), tampers inside a rolled-back transaction, puts them back. */
    private void withoutTriggers(Runnable tampering) {
        jdbc.execute("drop trigger audit_entry_no_update");
        jdbc.execute("drop trigger audit_entry_no_delete");
        try {
            transactions.executeWithoutResult(tx -> {
                tampering.run();
                tx.setRollbackOnly();
            });
        } finally {
            jdbc.execute(NO_UPDATE);
            jdbc.execute(NO_DELETE);
        }
    }
}
