package id.go.kemensos.replika.audit;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the audit table straight from the database, for assertions in any feature's tests. */
@Component
public class AuditEntries {

    private final JdbcTemplate jdbc;

    AuditEntries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One stored entry. */
    public record Row(long id, String username, String role, Long unitId, String recordType, Long recordId,
            String action, String details, String clientAddress) {

        /** The changed fields of an update: name to {old, new}. */
        @SuppressWarnings("unchecked")
        public Map<String, Map<String, Object>> changes() {
            Object changes = Details.parse(details).get("changes");
            return changes instanceof Map<?, ?> map ? (Map<String, Map<String, Object>>) map : Map.of();
        }

        public Map<String, Object> parsedDetails() {
            return Details.parse(details);
        }
    }

    /** The entries of one record, oldest first. */
    public List<Row> of(String recordType, long recordId) {
        return jdbc.query(SELECT + "where record_type = ? and record_id = ? order by id", this::row, recordType,
                recordId);
    }

    /** The entries after {@code afterId}, oldest first. */
    public List<Row> after(long afterId) {
        return jdbc.query(SELECT + "where id > ? order by id", this::row, afterId);
    }

    public long lastId() {
        return jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);
    }

    public long count() {
        return jdbc.queryForObject("select count(*) from audit_entry", Long.class);
    }

    /** Entries whose details mention the text. */
    public long countMentioning(String text) {
        return jdbc.queryForObject("select count(*) from audit_entry where details like ?", Long.class,
                "%" + text + "%");
    }

    private static final String SELECT = "select id, username, user_role, unit_id, record_type, record_id, action, "
            + "details, client_address from audit_entry ";

    private Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, Long.class),
                rs.getString(5), rs.getObject(6, Long.class), rs.getString(7), rs.getString(8), rs.getString(9));
    }
}
