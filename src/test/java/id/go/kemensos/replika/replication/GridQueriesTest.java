package id.go.kemensos.replika.replication;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.kemensos.replika.IntegrationTest;
import id.go.kemensos.replika.innovation.InnovationForm;
import id.go.kemensos.replika.innovation.InnovationService;
import id.go.kemensos.replika.unit.UnitRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The grid's SQL against the rows themselves: tallies kept by the triggers, counts from tallies and from rows, pages
 * that fit together under every sort, and the text filter's two forms. Fixtures are rolled back.
 */
@IntegrationTest
@Transactional
@WithUserDetails("admin")
class GridQueriesTest {

    static final long SOEHARSO = 13;
    static final long WYATA_GUNA = 14;

    @Autowired
    ReplicationService service;

    @Autowired
    InnovationService innovations;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theTalliesFollowEveryInsertStepMoveAndDelete() {
        assertTalliesMatchRows();
        long fresh = newInnovation("Tally " + UUID.randomUUID());
        ReplicationDetails draft = service.create(fresh, WYATA_GUNA);
        assertTalliesMatchRows();
        jdbc.update("update replication set status = 'SUBMITTED' where id = ?", draft.id());
        assertTalliesMatchRows();
        jdbc.update("update replication set created_at = created_at - interval 3 year where id = ?", draft.id());
        assertTalliesMatchRows();
        jdbc.update("update replication set adopting_unit_id = ? where id = ?", SOEHARSO - 1, draft.id());
        assertTalliesMatchRows();
        jdbc.update("delete from replication_transition where replication_id = ?", draft.id());
        jdbc.update("delete from replication where id = ?", draft.id());
        assertTalliesMatchRows();
    }

    @Test
    void theAdoptingProvinceFollowsTheUnit() {
        long fresh = newInnovation("Provinsi " + UUID.randomUUID());
        long id = service.create(fresh, WYATA_GUNA).id();
        String province = jdbc.queryForObject("select province from unit where id = ?", String.class, WYATA_GUNA);
        assertThat(adoptingProvince(id)).isEqualTo(province).isNotNull();
        jdbc.update("update unit set province = 'Provinsi Uji' where id = ?", WYATA_GUNA);
        assertThat(adoptingProvince(id)).isEqualTo("Provinsi Uji");
        assertThat(jdbc.queryForObject("select count(*) from replication r join unit u on u.id = r.adopting_unit_id "
                + "where not (r.adopting_province <=> u.province)", Long.class)).isZero();
        assertThat(service.count(new ReplicationFilter(null, Set.of(), null, null, "Provinsi Uji", null, null,
                false))).isEqualTo(rows("adopting_unit_id = " + WYATA_GUNA));
    }

    @Test
    void countsFromTalliesEqualCountsOfTheRows() {
        String province = jdbc.queryForObject("select province from unit where id = ?", String.class, WYATA_GUNA);
        int year = jdbc.queryForObject("select max(year(created_at + interval 7 hour)) from replication",
                Integer.class);
        assertThat(service.count(ReplicationFilter.all())).isEqualTo(rows("true"));
        assertThat(service.count(new ReplicationFilter(null, Set.of(ReplicationStatus.IMPLEMENTING,
                ReplicationStatus.DRAFT), null, null, province, null, null, false)))
                .isEqualTo(rows("status in ('IMPLEMENTING', 'DRAFT') and adopting_unit_id in "
                        + "(select id from unit where province = '" + province + "')"));
        assertThat(service.count(new ReplicationFilter(null, Set.of(), null, null, null, null, year, false)))
                .isEqualTo(rows("year(created_at + interval 7 hour) = " + year)).isPositive();
        Map<ReplicationStatus, Long> byStatus = service.countByStatus(
                new ReplicationFilter(null, Set.of(ReplicationStatus.DRAFT), null, WYATA_GUNA, null, null, null, false));
        for (ReplicationStatus status : ReplicationStatus.values()) {
            assertThat(byStatus.get(status)).as(status.name())
                    .isEqualTo(rows("status = '" + status + "' and adopting_unit_id = " + WYATA_GUNA));
        }
        // the same filter with a criterion the tallies cannot answer counts rows
        long withText = service.count(new ReplicationFilter("a", Set.of(), null, null, province, null, null, false));
        assertThat(withText).isPositive().isLessThanOrEqualTo(rows("adopting_province = '" + province + "'"));
    }

    @Test
    void pagesFitTogetherUnderEverySort() {
        ReplicationFilter all = ReplicationFilter.all();
        int total = (int) service.count(all);
        for (String property : List.of("updated", "innovation", "origin", "adopting", "province", "status",
                "progress", "lastReport", "daysInStatus")) {
            for (Sort.Direction direction : Sort.Direction.values()) {
                Sort sort = Sort.by(direction, property);
                List<Long> whole = ids(service.search(all, PageRequest.of(0, total + 10, sort)));
                List<Long> paged = new ArrayList<>();
                for (int page = 0; page * 7 < total; page++) {
                    paged.addAll(ids(service.search(all, PageRequest.of(page, 7, sort))));
                }
                assertThat(paged).as(property + " " + direction).hasSize(total).doesNotHaveDuplicates()
                        .isEqualTo(whole);
            }
        }
        List<ReplicationListItem> recent = service.search(all, PageRequest.of(0, total));
        assertThat(recent).isSortedAccordingTo(Comparator.comparing(ReplicationListItem::modifiedAt).reversed());
        assertThat(service.search(all, PageRequest.of(0, 10, Sort.by("progress"))))
                .isSortedAccordingTo(Comparator.comparingInt(ReplicationListItem::progressPercent));
    }

    @Test
    @WithUserDetails("kartini")
    void anOperatorsScopeIsCountedAndPagedInTwoHalves() {
        ReplicationFilter all = ReplicationFilter.all();
        long scoped = rows("adopting_unit_id = 10 or origin_unit_id = 10");
        assertThat(service.count(all)).isEqualTo(scoped).isPositive();
        for (ReplicationStatus status : ReplicationStatus.values()) {
            assertThat(service.countByStatus(all).get(status)).as(status.name())
                    .isEqualTo(rows("status = '" + status + "' and (adopting_unit_id = 10 or origin_unit_id = 10)"));
        }
        for (String property : List.of("updated", "innovation", "adopting", "status", "daysInStatus")) {
            for (Sort.Direction direction : Sort.Direction.values()) {
                Sort sort = Sort.by(direction, property);
                List<Long> whole = ids(service.search(all, PageRequest.of(0, (int) scoped + 10, sort)));
                List<Long> paged = new ArrayList<>();
                for (int page = 0; page * 3 < scoped; page++) {
                    paged.addAll(ids(service.search(all, PageRequest.of(page, 3, sort))));
                }
                assertThat(paged).as(property + " " + direction).hasSize((int) scoped).doesNotHaveDuplicates()
                        .isEqualTo(whole);
            }
        }
    }

    @Test
    void aTextFilterFindsRareAndCommonWords() {
        long rare = newInnovation("Layanan zamrud " + UUID.randomUUID());
        long replication = service.create(rare, WYATA_GUNA).id();
        ReplicationFilter zamrud = new ReplicationFilter("zamrud", Set.of(), null, null, null, null, null, false);
        assertThat(ids(service.search(zamrud, PageRequest.of(0, 50)))).containsExactly(replication);
        assertThat(service.count(zamrud)).isOne();

        // more matching innovations than the lookup takes by id: the subquery form finds the same row
        jdbc.update("insert into innovation (" + copyColumns() + ") select " + copyColumns()
                .replace("code", "concat('ZMR-', s.seq)").replace("title", "concat('Layanan zamrud ', s.seq)")
                + " from innovation cross join seq_1_to_" + (GridQueries.TEXT_IDS + 1) + " s where id = ?", rare);
        assertThat(ids(service.search(zamrud, PageRequest.of(0, 50)))).containsExactly(replication);
        assertThat(service.count(zamrud)).isOne();
        assertThat(service.count(new ReplicationFilter("zamrud-tidak-ada", Set.of(), null, null, null, null, null,
                false))).isZero();
    }

    private void assertTalliesMatchRows() {
        Map<String, Long> rows = new TreeMap<>();
        jdbc.query("select adopting_unit_id, status, year(created_at + interval 7 hour), count(*) from replication "
                + "group by 1, 2, 3", rs -> {
                    rows.put(rs.getLong(1) + "/" + rs.getString(2) + "/" + rs.getInt(3), rs.getLong(4));
                });
        Map<String, Long> yearTallies = new TreeMap<>();
        jdbc.query("select adopting_unit_id, status, begun_year, n from replication_year_tally where n <> 0",
                rs -> {
                    yearTallies.put(rs.getLong(1) + "/" + rs.getString(2) + "/" + rs.getInt(3), rs.getLong(4));
                });
        assertThat(yearTallies).isEqualTo(rows);
        Map<String, Long> unitRows = new TreeMap<>();
        rows.forEach((key, n) -> unitRows.merge(key.substring(0, key.lastIndexOf('/')), n, Long::sum));
        Map<String, Long> tallies = new TreeMap<>();
        jdbc.query("select adopting_unit_id, status, n from replication_tally where n <> 0",
                rs -> {
                    tallies.put(rs.getLong(1) + "/" + rs.getString(2), rs.getLong(3));
                });
        assertThat(tallies).isEqualTo(unitRows);
    }

    private long rows(String condition) {
        return jdbc.queryForObject("select count(*) from replication where " + condition, Long.class);
    }

    private String adoptingProvince(long id) {
        return jdbc.queryForObject("select adopting_province from replication where id = ?", String.class, id);
    }

    private String copyColumns() {
        return String.join(", ", jdbc.queryForList("select column_name from information_schema.columns "
                + "where table_schema = database() and table_name = 'innovation' and column_name <> 'id' "
                + "order by ordinal_position", String.class));
    }

    private long newInnovation(String title) {
        InnovationForm form = new InnovationForm();
        form.setTitle(title);
        form.setOriginUnit(new UnitRef(SOEHARSO, "ST-SOEHARSO", "Sentra Terpadu Prof. Dr. Soeharso"));
        form.setYearStarted(2021);
        return innovations.create(form).id();
    }

    private static List<Long> ids(List<ReplicationListItem> items) {
        return items.stream().map(ReplicationListItem::id).toList();
    }
}
