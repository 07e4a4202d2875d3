package id.go.kemensos.replika.replication;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL behind the replication grid and its figures (ADR 0023). A page is one statement: the ids of the page are
 * found on the replication table's own indexes, then only those rows are joined to their innovation and units.
 * Counts under status, adopting unit, province and year come from the tallies the triggers keep; other filters count
 * rows on the indexes.
 */
@Component
class GridQueries {

    /** Up to this many innovations matching a text filter are looked up by id; more are matched in a subquery. */
    static final int TEXT_IDS = 1000;

    /** Sortable grid columns and the SQL they sort by; the joined ones need their table in the page's id query. */
    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "sourceInnovation.title", "i.title",
            "originUnit.name", "o.name",
            "adoptingUnit.name", "a.name",
            "adoptingUnit.province", "r.adopting_province",
            "status", "r.status",
            "progressPercent", "r.progress_percent",
            "lastReportAt", "r.last_report_at",
            "statusSince", "r.status_since",
            "modifiedAt", "r.modified_at");

    private final JdbcClient jdbc;

    GridQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ReplicationListItem> page(GridCriteria criteria, Sort sort, long offset, int limit) {
        Where where = where(criteria, true);
        if (where.empty) {
            return List.of();
        }
        List<SortKey> sortColumns = sortKeys(sort);
        String ids;
        if (where.branches.size() == 1) {
            ids = idQuery(where, where.branches.get(0), sortColumns, false) + " ORDER BY "
                    + order(sortColumns, "") + " LIMIT :limit OFFSET :offset";
        } else {
            // each half of an operator's scope is read on its own index, then the halves are merged
            List<String> halves = new ArrayList<>();
            for (String branch : where.branches) {
                halves.add("(" + idQuery(where, branch, sortColumns, true) + " ORDER BY "
                        + order(sortColumns, "") + " LIMIT :upTo)");
            }
            ids = "SELECT h.id FROM (" + String.join(" UNION ALL ", halves) + ") h ORDER BY "
                    + order(sortColumns, "h.") + " LIMIT :limit OFFSET :offset";
        }
        String sql = "SELECT r.id, i.title, o.name AS origin_name, a.name AS adopting_name, a.province, r.status,"
                + " r.progress_percent, r.last_report_at,"
                + " (r.status = 'IMPLEMENTING' AND r.report_clock < :overdueBefore) AS overdue,"
                + " r.status_since, r.modified_at"
                + " FROM (" + ids + ") p JOIN replication r ON r.id = p.id"
                + " JOIN innovation i ON i.id = r.innovation_id"
                + " JOIN unit o ON o.id = r.origin_unit_id JOIN unit a ON a.id = r.adopting_unit_id"
                + " ORDER BY " + order(sortColumns, "");
        JdbcClient.StatementSpec statement = where.bind(jdbc.sql(sql))
                .param("limit", limit)
                .param("offset", offset)
                .param("overdueBefore", utc(criteria.overdueBefore()));
        if (where.branches.size() > 1) {
            statement = statement.param("upTo", offset + limit);
        }
        return statement.query((rs, n) -> new ReplicationListItem(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), ReplicationStatus.valueOf(rs.getString(6)), rs.getInt(7),
                        instant(rs.getObject(8, LocalDateTime.class)), rs.getBoolean(9),
                        instant(rs.getObject(10, LocalDateTime.class)), instant(rs.getObject(11, LocalDateTime.class))))
                .list();
    }

    /** The ids matching one branch of the criteria, with the sort columns as s0, s1, … when {@code named}. */
    private static String idQuery(Where where, String branch, List<SortKey> sortColumns, boolean named) {
        StringBuilder ids = new StringBuilder("SELECT r.id");
        if (named) {
            for (int k = 0; k < sortColumns.size(); k++) {
                ids.append(", ").append(sortColumns.get(k).column()).append(" AS s").append(k);
            }
        }
        ids.append(" FROM replication r");
        String columns = sortColumns.stream().map(SortKey::column).collect(Collectors.joining(" "));
        if (columns.contains("i.")) {
            ids.append(" JOIN innovation i ON i.id = r.innovation_id");
        }
        if (columns.contains("o.")) {
            ids.append(" JOIN unit o ON o.id = r.origin_unit_id");
        }
        if (columns.contains("a.")) {
            ids.append(" JOIN unit a ON a.id = r.adopting_unit_id");
        }
        return ids.append(where.sql(branch)).toString();
    }

    long count(GridCriteria criteria) {
        return countByStatus(criteria, true).values().stream().mapToLong(Long::longValue).sum();
    }

    /** Rows per status under the criteria; the statuses themselves are applied only when {@code withStatuses}. */
    Map<ReplicationStatus, Long> countByStatus(GridCriteria criteria, boolean withStatuses) {
        Map<ReplicationStatus, Long> counts = new LinkedHashMap<>();
        List<Object[]> rows;
        if (criteria.countableFromTallies()) {
            Where where = tallyWhere(criteria, withStatuses);
            rows = where.bind(jdbc.sql("SELECT t.status, SUM(t.n) FROM " + where.from + where.sql
                    + " GROUP BY t.status")).query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2)}).list();
        } else {
            Where where = where(criteria, withStatuses);
            if (where.empty) {
                return counts;
            }
            rows = where.bind(jdbc.sql(where.grouped("r.status", "r.status")))
                    .query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2)}).list();
        }
        rows.forEach(row -> counts.merge(ReplicationStatus.valueOf((String) row[0]), (Long) row[1], Long::sum));
        return counts;
    }

    /** Rows of (adopting unit id, name, province, status, count) under the criteria. */
    List<Object[]> countByAdoptingUnit(GridCriteria criteria) {
        String grouped;
        Where where;
        if (criteria.countableFromTallies()) {
            where = tallyWhere(criteria, true);
            grouped = "SELECT t.adopting_unit_id AS unit_id, t.status, SUM(t.n) AS n FROM " + where.from + where.sql
                    + " GROUP BY t.adopting_unit_id, t.status HAVING SUM(t.n) > 0";
        } else {
            where = where(criteria, true);
            if (where.empty) {
                return List.of();
            }
            grouped = where.grouped("r.adopting_unit_id AS unit_id, r.status", "r.adopting_unit_id, r.status");
        }
        return where.bind(jdbc.sql("SELECT u.id, u.name, u.province, g.status, g.n FROM (" + grouped
                + ") g JOIN unit u ON u.id = g.unit_id"))
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3),
                        ReplicationStatus.valueOf(rs.getString(4)), rs.getLong(5)})
                .list();
    }

    /** Rows of (adopting unit's province, status, count) under the criteria. */
    List<Object[]> countByProvince(GridCriteria criteria) {
        String sql;
        Where where;
        if (criteria.countableFromTallies()) {
            where = tallyWhere(criteria, true);
            sql = "SELECT u.province, g.status, g.n FROM (SELECT t.adopting_unit_id AS unit_id, t.status,"
                    + " SUM(t.n) AS n FROM " + where.from + where.sql + " GROUP BY t.adopting_unit_id, t.status"
                    + " HAVING SUM(t.n) > 0) g JOIN unit u ON u.id = g.unit_id";
        } else {
            where = where(criteria, true);
            if (where.empty) {
                return List.of();
            }
            sql = where.grouped("r.adopting_province, r.status", "r.adopting_province, r.status");
        }
        Map<List<Object>, Long> sums = new LinkedHashMap<>();
        where.bind(jdbc.sql(sql)).query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3)})
                .list().forEach(row -> sums.merge(Arrays.asList(row[0], row[1]), (Long) row[2], Long::sum));
        List<Object[]> rows = new ArrayList<>();
        sums.forEach((key, n) -> rows.add(new Object[] {key.get(0), ReplicationStatus.valueOf((String) key.get(1)),
                n}));
        return rows;
    }

    /** Active UPTs adopting no replication (begun in {@code year}, when given): rows of (id, name, province). */
    List<Object[]> idleAdoptingUnits(Integer year) {
        String tally = year == null
                ? "SELECT 1 FROM replication_tally t WHERE t.adopting_unit_id = u.id AND t.n > 0"
                : "SELECT 1 FROM replication_year_tally t WHERE t.begun_year = :year AND t.adopting_unit_id = u.id"
                        + " AND t.n > 0";
        JdbcClient.StatementSpec statement = jdbc.sql("SELECT u.id, u.name, u.province FROM unit u"
                + " WHERE u.active = TRUE AND u.type = 'UPT' AND NOT EXISTS (" + tally + ") ORDER BY u.name, u.id");
        if (year != null) {
            statement = statement.param("year", year);
        }
        return statement.query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)}).list();
    }

    /** The criteria as a WHERE clause on {@code replication r}. */
    private Where where(GridCriteria c, boolean withStatuses) {
        Where where = new Where("replication r");
        if (c.scopeUnitId() != null) {
            // the two halves of an operator's scope are disjoint: a unit never replicates its own innovation
            where.branches = List.of("r.adopting_unit_id = :scope", "r.origin_unit_id = :scope");
            where.params.put("scope", c.scopeUnitId());
        }
        if (c.text() != null) {
            textCondition(where, c.text());
        }
        if (c.originUnitId() != null) {
            where.and("r.origin_unit_id = :origin", "origin", c.originUnitId());
        }
        if (c.adoptingUnitId() != null) {
            where.and("r.adopting_unit_id = :adopting", "adopting", c.adoptingUnitId());
        }
        if (c.province() != null) {
            where.and("r.adopting_province = :province", "province", c.province());
        }
        if (c.innovationId() != null) {
            where.and("r.innovation_id = :innovation", "innovation", c.innovationId());
        }
        if (c.yearStart() != null) {
            where.and("r.created_at >= :yearStart AND r.created_at < :yearEnd", "yearStart", c.yearStart());
            where.params.put("yearEnd", c.yearEnd());
        }
        if (c.overdueOnly()) {
            where.and("r.status = 'IMPLEMENTING' AND r.report_clock < :overdueClock", "overdueClock",
                    c.overdueBefore());
        }
        if (c.reportDueOnly()) {
            where.and("r.status = 'IMPLEMENTING' AND r.report_clock < :dueClock", "dueClock", c.reportDueBefore());
        }
        if (withStatuses && !c.anyStatus()) {
            where.and("r.status IN (:statuses)", "statuses", names(c.statuses()));
        }
        return where;
    }

    /**
     * A text filter matches the innovation's title or code and the units' names. The matching innovations and units
     * are looked up first, so the replication rows are then found by id on their indexes.
     */
    private void textCondition(Where where, String pattern) {
        List<Long> innovationIds = jdbc.sql("SELECT id FROM innovation WHERE title LIKE :p ESCAPE '!'"
                + " OR code LIKE :p ESCAPE '!' LIMIT " + (TEXT_IDS + 1)).param("p", pattern)
                .query(Long.class).list();
        List<Long> unitIds = jdbc.sql("SELECT id FROM unit WHERE name LIKE :p ESCAPE '!'").param("p", pattern)
                .query(Long.class).list();
        List<String> alternatives = new ArrayList<>();
        if (innovationIds.size() > TEXT_IDS) {
            alternatives.add("r.innovation_id IN (SELECT ti.id FROM innovation ti WHERE ti.title LIKE :textPattern"
                    + " ESCAPE '!' OR ti.code LIKE :textPattern ESCAPE '!')");
            where.params.put("textPattern", pattern);
        } else if (!innovationIds.isEmpty()) {
            alternatives.add("r.innovation_id IN (:textInnovations)");
            where.params.put("textInnovations", innovationIds);
        }
        if (!unitIds.isEmpty()) {
            alternatives.add("r.origin_unit_id IN (:textUnits) OR r.adopting_unit_id IN (:textUnits)");
            where.params.put("textUnits", unitIds);
        }
        if (alternatives.isEmpty()) {
            where.empty = true;
        } else {
            where.and("(" + String.join(" OR ", alternatives) + ")");
        }
    }

    /** The criteria that tallies can answer, as a WHERE clause on the tally {@code t}. */
    private static Where tallyWhere(GridCriteria c, boolean withStatuses) {
        Where where = new Where(c.year() == null ? "replication_tally t" : "replication_year_tally t");
        if (c.year() != null) {
            where.and("t.begun_year = :year", "year", c.year());
        }
        if (c.adoptingUnitId() != null) {
            where.and("t.adopting_unit_id = :adopting", "adopting", c.adoptingUnitId());
        }
        if (c.province() != null) {
            where.and("t.adopting_unit_id IN (SELECT pu.id FROM unit pu WHERE pu.province = :province)", "province",
                    c.province());
        }
        if (withStatuses && !c.anyStatus()) {
            where.and("t.status IN (:statuses)", "statuses", names(c.statuses()));
        }
        return where;
    }

    /** One column of a page's order. */
    private record SortKey(String column, boolean ascending) {
    }

    /**
     * The SQL columns of the requested sort, then the id in the last column's direction, so pages fit together. Rows
     * of one status or province follow the newest change first (the other way round when that column descends), the
     * order of the indexes that start with those columns.
     */
    private static List<SortKey> sortKeys(Sort sort) {
        List<SortKey> keys = new ArrayList<>();
        for (Sort.Order order : sort) {
            String column = SORT_COLUMNS.get(order.getProperty());
            if (column != null) {
                keys.add(new SortKey(column, order.isAscending()));
            }
        }
        if (keys.isEmpty()) {
            keys.add(new SortKey("r.modified_at", false));
        }
        SortKey last = keys.get(keys.size() - 1);
        if (last.column().equals("r.status") || last.column().equals("r.adopting_province")) {
            last = new SortKey("r.modified_at", !last.ascending());
            keys.add(last);
        }
        keys.add(new SortKey("r.id", last.ascending()));
        return keys;
    }

    /** ORDER BY over the keys, as themselves or (with a prefix) as the named columns s0, s1, … and the id. */
    private static String order(List<SortKey> keys, String prefix) {
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < keys.size(); k++) {
            String column = prefix.isEmpty() ? keys.get(k).column()
                    : k == keys.size() - 1 ? prefix + "id" : prefix + "s" + k;
            parts.add(column + (keys.get(k).ascending() ? " ASC" : " DESC"));
        }
        return String.join(", ", parts);
    }

    private static List<String> names(List<ReplicationStatus> statuses) {
        return statuses.stream().map(Enum::name).collect(Collectors.toList());
    }

    /** Times are stored as UTC wall-clock time (hibernate.jdbc.time_zone=UTC). */
    private static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    private static Object utc(Object value) {
        return value instanceof Instant instant ? LocalDateTime.ofInstant(instant, ZoneOffset.UTC) : value;
    }

    /** A WHERE clause under construction with its named parameters. */
    private static final class Where {
        final String from;
        final Map<String, Object> params = new LinkedHashMap<>();
        /** Conditions of which exactly one holds for each row: the query is run once for each and added up. */
        List<String> branches = List.of("");
        String sql = "";
        boolean empty;

        Where(String from) {
            this.from = from;
        }

        void and(String condition) {
            sql += (sql.isEmpty() ? " WHERE " : " AND ") + condition;
        }

        void and(String condition, String name, Object value) {
            and(condition);
            params.put(name, value);
        }

        String sql(String branch) {
            return branch.isEmpty() ? sql : sql.isEmpty() ? " WHERE " + branch : sql + " AND " + branch;
        }

        /** Rows counted per {@code columns} (the first of them selected as they are grouped), over all branches. */
        String grouped(String columns, String groupBy) {
            if (branches.size() == 1) {
                return "SELECT " + columns + ", COUNT(*) AS n FROM " + from + sql(branches.get(0)) + " GROUP BY "
                        + groupBy;
            }
            List<String> halves = new ArrayList<>();
            for (String branch : branches) {
                halves.add("SELECT " + columns + ", COUNT(*) AS n FROM " + from + sql(branch) + " GROUP BY "
                        + groupBy);
            }
            List<String> names = new ArrayList<>();
            for (String column : columns.split(",")) {
                String name = column.trim();
                names.add(name.contains(" AS ") ? name.substring(name.indexOf(" AS ") + 4) : name.substring(2));
            }
            String outer = String.join(", ", names);
            return "SELECT " + outer + ", SUM(b.n) AS n FROM (" + String.join(" UNION ALL ", halves) + ") b GROUP BY "
                    + outer;
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            JdbcClient.StatementSpec bound = statement;
            for (Map.Entry<String, Object> param : params.entrySet()) {
                bound = bound.param(param.getKey(), utc(param.getValue()));
            }
            return bound;
        }
    }
}
