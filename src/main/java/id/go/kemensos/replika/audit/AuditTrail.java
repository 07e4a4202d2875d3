package id.go.kemensos.replika.audit;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.AfterCompletionCallback;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;
import org.springframework.stereotype.Component;

/**
 * Collects the entries of a transaction and writes them when it commits, on its own connection, after Hibernate's
 * last flush (as Envers does): if writing fails, the commit fails, so a change cannot be committed without its
 * entries, and a rolled-back change leaves none. Writers extend the hash chain one at a time by locking the single
 * {@code audit_head} row; the lock is held only from this write to the commit.
 */
@Component
class AuditTrail {

    private static final String INSERT = "insert into audit_entry (id, occurred_at, username, user_role, unit_id, "
            + "record_type, record_id, action, details, client_address, prev_hash, hash) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** The entries waiting in each open Hibernate session's transaction. */
    private final Map<UUID, List<NewEntry>> pending = new ConcurrentHashMap<>();
    private final EntityManager entityManager;

    AuditTrail(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Adds an entry to the current transaction. */
    void add(NewEntry entry) {
        add(entityManager.unwrap(SharedSessionContractImplementor.class), entry);
    }

    /** Adds an entry to the session's transaction; it is written when that transaction commits. */
    void add(SharedSessionContractImplementor session, NewEntry entry) {
        if (!session.isTransactionInProgress()) {
            throw new IllegalStateException("Audit entries are written only within a transaction");
        }
        UUID key = session.getSessionIdentifier();
        List<NewEntry> entries = pending.get(key);
        if (entries == null) {
            List<NewEntry> created = new ArrayList<>();
            pending.put(key, created);
            session.getTransactionCompletionCallbacks().registerCallback(
                    (BeforeCompletionCallback) completing -> write(completing, created));
            session.getTransactionCompletionCallbacks().registerCallback(
                    (AfterCompletionCallback) (success, completed) -> pending.remove(key));
            entries = created;
        }
        entries.add(entry);
    }

    private static void write(SharedSessionContractImplementor session, List<NewEntry> entries) {
        if (!entries.isEmpty()) {
            session.doWork(connection -> append(connection, List.copyOf(entries)));
        }
    }

    /** Appends the entries to the chain; the caller's transaction commits them. */
    static void append(Connection connection, List<NewEntry> entries) throws SQLException {
        long lastId;
        String lastHash;
        try (PreparedStatement head = connection.prepareStatement(
                "select last_id, last_hash from audit_head where id = 1 for update");
                ResultSet row = head.executeQuery()) {
            if (!row.next()) {
                throw new SQLException("audit_head has no row");
            }
            lastId = row.getLong(1);
            lastHash = row.getString(2);
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (NewEntry entry : entries) {
                long id = ++lastId;
                Actor actor = entry.actor();
                String hash = AuditHash.of(lastHash, id, entry.occurredAt(), actor.username(), actor.role(),
                        actor.unitId(), entry.recordType(), entry.recordId(), entry.action().name(), entry.details(),
                        actor.clientAddress());
                insert.setLong(1, id);
                insert.setObject(2, entry.occurredAt());
                insert.setString(3, actor.username());
                insert.setString(4, actor.role());
                setLong(insert, 5, actor.unitId());
                insert.setString(6, entry.recordType());
                setLong(insert, 7, entry.recordId());
                insert.setString(8, entry.action().name());
                insert.setString(9, entry.details());
                insert.setString(10, actor.clientAddress());
                insert.setString(11, lastHash);
                insert.setString(12, hash);
                insert.addBatch();
                lastHash = hash;
            }
            insert.executeBatch();
        }
        try (PreparedStatement head = connection.prepareStatement(
                "update audit_head set last_id = ?, last_hash = ? where id = 1")) {
            head.setLong(1, lastId);
            head.setString(2, lastHash);
            head.executeUpdate();
        }
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }
}
