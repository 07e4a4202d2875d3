package id.go.kemensos.replika.audit;

import static id.go.kemensos.replika.base.Texts.blankToNull;
import static id.go.kemensos.replika.base.Texts.containsPattern;

import id.go.kemensos.replika.base.i18n.Formats;
import id.go.kemensos.replika.security.Roles;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail's public face. Changes of entities are recorded by themselves ({@link EntityChangeListener});
 * features call {@link #record} for what no entity change shows (a workflow transition, an import). The trail is
 * read by administrators and directors ({@link #search}), per record by whoever may see the record
 * ({@link #history}, called by the record's feature after its own access check), and verified by administrators.
 */
@Service
@Transactional(readOnly = true)
public class AuditService {

    /** Who may read the whole trail. */
    public static final String READERS = "hasAnyRole('ADMIN','DIRECTOR')";
    public static final int MAX_PAGE = 5000;
    private static final int CHAIN_PAGE = 1000;

    private static final Map<String, String> SORTS = Map.of(
            "occurredAt", "occurredAt",
            "username", "username",
            "recordType", "recordType",
            "action", "action");

    private final AuditRepository repository;
    private final AuditTrail trail;
    private final JdbcClient jdbc;

    AuditService(AuditRepository repository, AuditTrail trail, JdbcClient jdbc) {
        this.repository = repository;
        this.trail = trail;
        this.jdbc = jdbc;
    }

    /**
     * Records an event of the signed-in user in the caller's transaction: written when it commits, gone if it
     * rolls back.
     *
     * @param details small values only (names, counts, statuses), never file contents or secrets
     */
    @Transactional
    public void record(AuditAction action, String recordType, Long recordId, Map<String, ?> details) {
        trail.add(NewEntry.now(Actor.current(), recordType, recordId, action, Details.toJson(details)));
    }

    // --- reading -------------------------------------------------------------------------------------------------

    /** One page of the trail, newest first unless sorted otherwise. */
    @PreAuthorize(READERS)
    public List<AuditListItem> search(AuditFilter filter, Pageable pageable) {
        int size = Math.max(1, Math.min(pageable.getPageSize(), MAX_PAGE));
        Criteria c = criteria(filter);
        return repository.search(c.user, c.recordType, c.recordId, c.action, c.from, c.to, c.text,
                PageRequest.of(pageable.getPageNumber(), size, safeSort(pageable.getSort())));
    }

    @PreAuthorize(READERS)
    public long count(AuditFilter filter) {
        Criteria c = criteria(filter);
        return repository.countMatching(c.user, c.recordType, c.recordId, c.action, c.from, c.to, c.text);
    }

    /** The record types the trail holds, for the filter. */
    @PreAuthorize(READERS)
    public List<String> recordTypes() {
        return repository.recordTypes();
    }

    /**
     * The newest entries of one record. The caller (the record's feature service) must have checked that the user
     * may see the record; staff only, since entries name the ministry's users.
     */
    @PreAuthorize(Roles.STAFF)
    public List<AuditListItem> history(String recordType, long recordId, int limit) {
        return repository.history(recordType, recordId, PageRequest.of(0, Math.max(1, Math.min(limit, 100))));
    }

    /**
     * Recomputes every entry's hash from the first, in one snapshot, and compares it with the stored hash, the
     * next entry's link and the head: the first entry where they differ is where the trail was tampered with.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ChainCheck verifyChain() {
        Head head = jdbc.sql("select last_id, last_hash from audit_head where id = 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
        String previous = AuditHash.GENESIS;
        long expectedId = 1;
        long checked = 0;
        long after = 0;
        while (true) {
            List<StoredEntry> page = jdbc.sql("select id, occurred_at, username, user_role, unit_id, record_type, "
                            + "record_id, action, details, client_address, prev_hash, hash from audit_entry "
                            + "where id > ? and id <= ? order by id limit ?")
                    .params(after, head.lastId, CHAIN_PAGE)
                    .query((rs, n) -> new StoredEntry(rs.getLong(1), rs.getObject(2, LocalDateTime.class),
                            rs.getString(3), rs.getString(4), rs.getObject(5, Long.class), rs.getString(6),
                            rs.getObject(7, Long.class), rs.getString(8), rs.getString(9), rs.getString(10),
                            rs.getString(11), rs.getString(12)))
                    .list();
            for (StoredEntry entry : page) {
                checked++;
                if (entry.id != expectedId) {
                    return new ChainCheck(checked, entry.id, ChainCheck.Problem.GAP);
                }
                if (!previous.equals(entry.prevHash)) {
                    return new ChainCheck(checked, entry.id, ChainCheck.Problem.LINK_BROKEN);
                }
                if (!entry.recomputedHash().equals(entry.hash)) {
                    return new ChainCheck(checked, entry.id, ChainCheck.Problem.HASH_MISMATCH);
                }
                previous = entry.hash;
                expectedId++;
            }
            if (page.size() < CHAIN_PAGE) {
                break;
            }
            after = page.get(page.size() - 1).id;
        }
        if (expectedId - 1 != head.lastId || !previous.equals(head.lastHash)) {
            return new ChainCheck(checked, expectedId, ChainCheck.Problem.HEAD_MISMATCH);
        }
        return new ChainCheck(checked, null, null);
    }

    private record Head(long lastId, String lastHash) {
    }

    private record StoredEntry(long id, LocalDateTime occurredAt, String username, String role, Long unitId,
            String recordType, Long recordId, String action, String details, String clientAddress, String prevHash,
            String hash) {

        String recomputedHash() {
            return AuditHash.of(prevHash, id, occurredAt, username, role, unitId, recordType, recordId, action,
                    details, clientAddress);
        }
    }

    private record Criteria(String user, String recordType, Long recordId, AuditAction action, Instant from,
            Instant to, String text) {
    }

    private static Criteria criteria(AuditFilter filter) {
        String user = blankToNull(filter.user());
        String userPattern = user == null ? null
                : user.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return new Criteria(userPattern, blankToNull(filter.recordType()), filter.recordId(), filter.action(),
                startOf(filter.from()), filter.to() == null ? null : startOf(filter.to().plusDays(1)),
                containsPattern(filter.text()));
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(Formats.ZONE).toInstant();
    }

    private static Sort safeSort(Sort requested) {
        List<Sort.Order> orders = new ArrayList<>();
        requested.stream().filter(order -> SORTS.containsKey(order.getProperty()))
                .forEach(order -> orders.add(new Sort.Order(order.getDirection(), SORTS.get(order.getProperty()))));
        if (orders.isEmpty()) {
            orders.add(Sort.Order.desc("occurredAt"));
        }
        orders.add(Sort.Order.desc("id"));
        return Sort.by(orders);
    }
}
