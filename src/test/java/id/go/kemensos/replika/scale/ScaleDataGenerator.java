package id.go.kemensos.replika.scale;

import id.go.kemensos.replika.scale.Plans.Award;
import id.go.kemensos.replika.scale.Plans.Innovation;
import id.go.kemensos.replika.scale.Plans.Replication;
import id.go.kemensos.replika.scale.Plans.Report;
import id.go.kemensos.replika.scale.Plans.Transition;
import id.go.kemensos.replika.scale.Plans.Unit;
import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Generates the national-scale data set (issue 8) into a Replika database whose schema Liquibase has made: units
 * (the social offices of every province, regency and city, and more of the ministry's UPTs), partners, workshops
 * with 24 months of figures and sponsorships, innovations with awards, and replications with their status history,
 * quarterly monitoring reports and evaluations, all consistent with the workflow. Rows are streamed with LOAD DATA
 * LOCAL INFILE, unique and foreign key checks off in the session. Every generated row has
 * {@code created_by = 'generator'}; the same seed, scale and as-of date on the same starting database give the same
 * rows, which {@link #checksums()} shows.
 */
public final class ScaleDataGenerator {

    static final String AUTHOR = "generator";
    static final Set<String> DEMO_USERS = Set.of("admin", "panrb", "direktur", "kartini", "soeharso", "wyataguna",
            "mitra1", "mitra2");
    /** The demo UPT operators' units: they get many replications, so their grids are full. */
    static final List<String> FAVOURED_UNITS = List.of("ST-KARTINI", "ST-SOEHARSO", "S-WYATA-GUNA");
    /** Children first, so deleting in this order never leaves an orphan. */
    static final List<String> TABLES = List.of("evaluation", "monitoring_report", "replication_transition",
            "replication", "award", "innovation", "sponsorship", "workshop_report", "workshop", "partner", "unit");
    /** Tables whose rows the demo data or the generator may have made; anything else in them is real data. */
    static final List<String> CHECKED_TABLES = List.of("unit", "app_user", "innovation", "award", "replication",
            "replication_transition", "monitoring_report", "evaluation", "workshop", "workshop_report", "partner",
            "sponsorship", "testimonial", "document");
    private static final int CHUNK = 50_000;

    /** What to generate. */
    public record Options(long seed, double scale, LocalDate asOf, boolean force) {

        int count(int full) {
            return (int) Math.max(1, Math.round(full * scale));
        }
    }

    /** Refused: the database holds data that is neither the demo seed nor generated, or generated data already. */
    public static final class RefusedException extends RuntimeException {
        RefusedException(String message) {
            super(message);
        }
    }

    private final String url;
    private final String user;
    private final String password;
    private final PrintStream out;
    private final Map<String, Long> rows = new LinkedHashMap<>();
    private final Map<String, Long> millis = new LinkedHashMap<>();

    public ScaleDataGenerator(String url, String user, String password, PrintStream out) {
        this.url = url + (url.contains("?") ? "&" : "?") + "allowLocalInfile=true";
        this.user = user;
        this.password = password;
        this.out = out;
    }

    // --- the run -------------------------------------------------------------------------------------------------

    /** Generates the data set; returns the rows written per table. */
    public Map<String, Long> generate(Options options) throws SQLException {
        long started = System.nanoTime();
        try (Connection connection = connect()) {
            prepare(connection, options);
            String asOf = options.asOf().toString();
            out.printf(Locale.ROOT, "Generating: seed %d, scale %s, as of %s%n", options.seed(), options.scale(), asOf);

            timed("unit", () -> loadUnits(connection, options));
            List<Unit> units = units(connection);
            List<Unit> upts = units.stream().filter(u -> u.type().equals("UPT")).toList();
            List<Unit> offices = units.stream().filter(u -> u.type().equals("REGIONAL_OFFICE")).toList();
            List<Unit> adopters = new ArrayList<>(upts);
            adopters.addAll(offices);
            List<Unit> favoured = FAVOURED_UNITS.stream()
                    .flatMap(code -> upts.stream().filter(u -> u.code().equals(code))).toList();

            timed("partner", () -> loadPartners(connection, options));
            List<Long> partners = ids(connection, "select id from partner order by id");
            timed("workshop", () -> loadWorkshops(connection, options, upts, favoured));
            timed("workshop_report", () -> loadWorkshopReports(connection, options));
            timed("sponsorship", () -> loadSponsorships(connection, options, partners));

            int innovations = options.count(100_000);
            Plans plans = new Plans(options.seed(), options.asOf(), adopters, favoured, adopters,
                    nextId(connection, "innovation"), nextCodeNumber(connection), innovations);
            timed("innovation", () -> loadInnovations(connection, plans, innovations));
            timed("award", () -> loadAwards(connection, plans, innovations));
            int replications = options.count(1_000_000);
            long firstReplication = nextId(connection, "replication");
            timed("replication", () -> loadReplications(connection, plans, firstReplication, replications));
            timed("replication_transition", () -> loadTransitions(connection, plans, firstReplication, replications));
            timed("monitoring_report", () -> loadReports(connection, plans, firstReplication, replications));
            timed("evaluation", () -> loadEvaluations(connection, plans, firstReplication, replications));

            timed("(sequences, analyze, summaries)", () -> finish(connection));
        }
        out.println();
        out.printf(Locale.ROOT, "%-34s %12s %10s%n", "table", "rows", "seconds");
        rows.forEach((table, count) -> out.printf(Locale.ROOT, "%-34s %,12d %10.1f%n", table, count,
                millis.get(table) / 1000.0));
        millis.forEach((step, ms) -> {
            if (!rows.containsKey(step)) {
                out.printf(Locale.ROOT, "%-34s %12s %10.1f%n", step, "", ms / 1000.0);
            }
        });
        out.printf(Locale.ROOT, "%-34s %,12d %10.1f%n", "total", rows.values().stream().mapToLong(Long::longValue)
                .sum(), (System.nanoTime() - started) / 1e9);
        return Map.copyOf(rows);
    }

    private Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(url, user, password);
        try (Statement statement = connection.createStatement()) {
            statement.execute("set session unique_checks = 0");
            statement.execute("set session foreign_key_checks = 0");
            statement.execute("set session time_zone = '+00:00'");
            // summary triggers (if the schema has them) skip their work; refresh_summaries() runs at the end
            statement.execute("set @replika_bulk_load = 1");
        }
        return connection;
    }

    /** Refuses a database with other data (or an earlier run's) unless forced; forced, removes an earlier run. */
    private void prepare(Connection connection, Options options) throws SQLException {
        if (!exists(connection, "replication")) {
            throw new RefusedException("The database has no Replika schema. Start the portal against it once, "
                    + "so that Liquibase creates the schema, then run the generator.");
        }
        List<String> found = findings(connection);
        if (found.isEmpty()) {
            return;
        }
        String list = String.join("\n  - ", found);
        if (!options.force()) {
            throw new RefusedException("The database holds data beyond the demo seed, so nothing was generated:\n  - "
                    + list + "\nRun again with --force to generate anyway (an earlier generated data set is removed "
                    + "first; other rows stay).");
        }
        out.println("--force: going on although the database holds:\n  - " + list);
        long started = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                int deleted = statement.executeUpdate("delete from " + table + " where created_by = '" + AUTHOR + "'");
                if (deleted > 0) {
                    out.printf(Locale.ROOT, "removed %,d generated rows from %s%n", deleted, table);
                }
            }
        }
        millis.put("(removing the earlier run)", (System.nanoTime() - started) / 1_000_000);
    }

    /** What makes this database more than the demo seed: other users, rows not from the demo, earlier runs. */
    public List<String> findings() throws SQLException {
        try (Connection connection = connect()) {
            return findings(connection);
        }
    }

    private List<String> findings(Connection connection) throws SQLException {
        List<String> found = new ArrayList<>();
        List<String> users = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select username from app_user order by username")) {
            while (result.next()) {
                if (!DEMO_USERS.contains(result.getString(1))) {
                    users.add(result.getString(1));
                }
            }
        }
        if (!users.isEmpty()) {
            found.add(users.size() + " user account(s) other than the demo accounts: "
                    + String.join(", ", users.subList(0, Math.min(10, users.size())))
                    + (users.size() > 10 ? ", ..." : ""));
        }
        for (String table : CHECKED_TABLES) {
            if (!exists(connection, table)) {
                continue;
            }
            long generated = count(connection, "select count(*) from " + table + " where created_by = ?", AUTHOR);
            long other = count(connection, "select count(*) from " + table + " where created_by not in ('demo', ?)",
                    AUTHOR);
            if (generated > 0) {
                found.add(table + ": " + generated + " row(s) from an earlier generator run");
            }
            if (other > 0) {
                found.add(table + ": " + other + " row(s) not from the demo data (created by "
                        + String.join(", ", creators(connection, table)) + ")");
            }
        }
        return found;
    }

    private static List<String> creators(Connection connection, String table) throws SQLException {
        List<String> creators = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("select distinct created_by from " + table
                + " where created_by not in ('demo', ?) order by 1 limit 5")) {
            statement.setString(1, AUTHOR);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    creators.add(result.getString(1));
                }
            }
        }
        return creators;
    }

    private void finish(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // the portal's own codes continue after the generated ones
            statement.execute("select setval(innovation_code_seq, " + Math.max(currentValue(connection,
                    "innovation_code_seq"), maxCodeNumber(connection, "innovation", "INV-%")) + ")");
            statement.execute("select setval(workshop_code_seq, " + Math.max(currentValue(connection,
                    "workshop_code_seq"), maxCodeNumber(connection, "workshop", "SW-%")) + ")");
            for (String table : TABLES) {
                try (ResultSet ignored = statement.executeQuery("analyze table " + table)) {
                    // the statistics are refreshed; the result only says OK
                }
            }
            if (count(connection, "select count(*) from information_schema.routines where routine_schema = database() "
                    + "and routine_name = ?", "refresh_summaries") > 0) {
                statement.execute("set @replika_bulk_load = 0");
                statement.execute("call refresh_summaries()");
                out.println("called refresh_summaries()");
            }
        }
    }

    // --- the tables ----------------------------------------------------------------------------------------------

    private int loadUnits(Connection connection, Options options) throws SQLException {
        Set<String> existing = Set.copyOf(strings(connection, "select code from unit"));
        Long directorate = ids(connection, "select id from unit where code = 'DITJEN-REHSOS'").stream().findFirst()
                .orElse(null);
        SplittableRandom r = Plans.random(options.seed(), 10, 0);
        LocalDateTime created = Plans.officeTime(options.asOf().minusYears(3), r);
        Rows rows = new Rows();
        long[] id = {nextId(connection, "unit")};
        for (String[] agency : MinistryUnits.MINISTRIES) {
            if (!existing.contains(agency[0])) {
                rows.add(id[0]++).add(agency[0]).add(agency[1]).add("MINISTRY").nul().add(agency[2]).add(agency[3])
                        .add(Words.person(r)).audit(created, created).end();
            }
        }
        for (String[] upt : MinistryUnits.UPTS) {
            if (!existing.contains(upt[0])) {
                rows.add(id[0]++).add(upt[0]).add(upt[1]).add("UPT").add(directorate == null ? null : directorate.toString())
                        .add(upt[2]).add(upt[3]).add(Words.person(r)).audit(created, created).end();
            }
        }
        for (Regions.Province province : Regions.PROVINCES) {
            String code = "DINSOS-" + province.code();
            String capital = province.cities().isEmpty() ? "Kabupaten " + province.regencies().getFirst()
                    : province.cities().getFirst();
            if (!existing.contains(code)) {
                rows.add(id[0]++).add(code).add("Dinas Sosial Provinsi " + province.name()).add("REGIONAL_OFFICE").nul()
                        .add(capital).add(province.name()).add(Words.person(r)).audit(created, created).end();
            }
            int number = 1;
            for (String regency : province.regencies()) {
                String regencyCode = code + "-" + "%02d".formatted(number++);
                if (!existing.contains(regencyCode)) {
                    rows.add(id[0]++).add(regencyCode).add("Dinas Sosial Kabupaten " + regency).add("REGIONAL_OFFICE").nul()
                            .add("Kabupaten " + regency).add(province.name()).add(Words.person(r))
                            .audit(created, created).end();
                }
            }
            number = 71;
            for (String city : province.cities()) {
                String cityCode = code + "-" + number++;
                if (!existing.contains(cityCode)) {
                    rows.add(id[0]++).add(cityCode).add("Dinas Sosial Kota " + city).add("REGIONAL_OFFICE").nul().add(city)
                            .add(province.name()).add(Words.person(r)).audit(created, created).end();
                }
            }
        }
        return load(connection, "unit", "id, code, name, type, parent_id, city, province, head_name, created_by, "
                + "created_at, modified_by, modified_at", rows);
    }

    private int loadPartners(Connection connection, Options options) throws SQLException {
        Set<String> existing = Set.copyOf(strings(connection, "select company_name from partner"));
        Rows rows = new Rows();
        long id = nextId(connection, "partner");
        int count = options.count(300);
        for (int i = 0; i < count; i++) {
            SplittableRandom r = Plans.random(options.seed(), 20, i);
            String company = "PT " + Words.combination(i, List.of(Words.COMPANY_FIRST, Words.COMPANY_SECOND))
                    + (i % 7 == 0 ? " Tbk" : "");
            if (existing.contains(company)) {
                continue;
            }
            LocalDateTime created = Plans.officeTime(options.asOf().minusDays(200 + r.nextInt(900)), r);
            rows.add(id++).add(company).add("Program CSR " + Words.pick(r, Words.SWP_FIRST) + " " + Words.pick(r,
                    Words.SWP_SECOND)).add(Words.pick(r, Words.SECTOR)).add(Words.person(r))
                    .add("csr" + (i + 1) + "@mitra" + (i % 40 + 1) + ".example").add("+62 21 " + (5_000_000
                    + r.nextInt(4_000_000))).add(r.nextInt(100) < 95).audit(created, created).end();
        }
        return load(connection, "partner", "id, company_name, programme_name, sector, contact_person, email, phone, "
                + "active, created_by, created_at, modified_by, modified_at", rows);
    }

    private int loadWorkshops(Connection connection, Options options, List<Unit> upts, List<Unit> favoured)
            throws SQLException {
        long firstId = nextId(connection, "workshop");
        long firstNumber = maxCodeNumber(connection, "workshop", "SW-%") + 1;
        int count = options.count(5_000);
        Rows rows = new Rows();
        LocalDate asOf = options.asOf();
        for (int i = 0; i < count; i++) {
            SplittableRandom r = Plans.random(options.seed(), 30, i);
            int roll = r.nextInt(100);
            Unit unit = !favoured.isEmpty() && roll < 6 * favoured.size() ? favoured.get(roll / 6)
                    : upts.get(r.nextInt(upts.size()));
            Regions.Province province = Regions.PROVINCES.get(r.nextInt(Regions.PROVINCES.size()));
            String regency = province.regencies().get(r.nextInt(province.regencies().size()));
            String name = Words.combination(i < 2_500 ? i * 1_009L % 2_500 : i, List.of(Words.SWP_FIRST,
                    Words.SWP_SECOND));
            LocalDate founded = asOf.minusDays(400 + r.nextInt(5_000));
            LocalDate mentoringStart = founded.plusMonths(1).withDayOfMonth(1);
            LocalDate mentoringEnd = mentoringStart.plusYears(2).minusDays(1);
            String status = !mentoringEnd.isBefore(asOf) ? "MENTORING" : r.nextInt(100) < 85 ? "INDEPENDENT"
                    : "INACTIVE";
            LocalDateTime created = Plans.officeTime(asOf.minusDays(750 + r.nextInt(60)), r);
            LocalDateTime modified = Plans.officeTime(asOf.minusDays(1 + r.nextInt(300)), r);
            long id = firstId + i;
            rows.add(id).add("SW-%04d".formatted(firstNumber + i)).add("SWP " + name).add(unit.id())
                    .add("Desa " + Words.pick(r, Words.SWP_FIRST) + " " + Words.pick(r, Words.SWP_SECOND))
                    .add("Kabupaten " + regency).add(province.name()).add(founded)
                    .add("Kelompok Swadaya " + name).add(mentoringStart).add(mentoringEnd)
                    .add(Words.people(r, 2, 4)).add(Words.pick(r, Words.PRODUCTS) + ", " + Words.pick(r,
                    Words.PRODUCTS).toLowerCase()).add(status)
                    .add("SWP binaan " + unit.name() + " bagi penyandang disabilitas di Kabupaten " + regency + ".")
                    .audit(created, modified).end();
        }
        return load(connection, "workshop", "id, code, name, coaching_unit_id, village, regency, province, founded, "
                + "self_help_group, mentoring_start, mentoring_end, mentors, products, status, description, "
                + "created_by, created_at, modified_by, modified_at", rows);
    }

    private int loadWorkshopReports(Connection connection, Options options) throws SQLException {
        List<Long> workshops = ids(connection, "select id from workshop where created_by = '" + AUTHOR
                + "' order by id");
        LocalDate thisMonth = options.asOf().withDayOfMonth(1);
        int chunk = 2_000;
        long[] id = {nextId(connection, "workshop_report")};
        return loadChunks(connection, "workshop_report", "id, workshop_id, report_month, members, mentors, "
                + "units_produced, revenue, average_income, notes, created_by, created_at, modified_by, modified_at",
                (workshops.size() + chunk - 1) / chunk, c -> {
                    Rows rows = new Rows();
                    for (int i = c * chunk; i < Math.min(workshops.size(), (c + 1) * chunk); i++) {
                        SplittableRandom r = Plans.random(options.seed(), 31, i);
                        int members = 5 + r.nextInt(40);
                        int price = 10_000 + r.nextInt(100) * 1_000;
                        for (int k = 24; k >= 1; k--) {
                            LocalDate month = thisMonth.minusMonths(k);
                            members = Math.max(3, members + r.nextInt(5) - 2);
                            int produced = members * (3 + r.nextInt(8));
                            long revenue = (long) produced * price;
                            LocalDateTime filed = Plans.officeTime(month.plusMonths(1).minusDays(1 + r.nextInt(4)),
                                    r);
                            rows.add(id[0]++).add(workshops.get(i)).add(month).add(members).add(1 + r.nextInt(6)).add(produced)
                                    .add(revenue).add(revenue * 3 / 10 / members)
                                    .add(r.nextInt(100) < 10 ? Words.pick(r, Words.ISSUES) : null)
                                    .audit(filed, filed).end();
                        }
                    }
                    return rows;
                });
    }

    private int loadSponsorships(Connection connection, Options options, List<Long> partners) throws SQLException {
        List<Long> workshops = ids(connection, "select id from workshop where created_by = '" + AUTHOR
                + "' order by id");
        String[] kinds = {"CASH", "EQUIPMENT", "TRAINING", "MARKET_ACCESS"};
        Rows rows = new Rows();
        long id = nextId(connection, "sponsorship");
        for (int i = 0; i < workshops.size(); i++) {
            SplittableRandom r = Plans.random(options.seed(), 32, i);
            int count = Plans.indexWeighted(r, new int[] {25, 40, 25, 10});
            for (int k = 0; k < count; k++) {
                // the demo partners (mitra1, mitra2) sponsor a share of the generated workshops too
                int roll = r.nextInt(100);
                long partner = roll < 5 && partners.contains(1L) ? 1L : roll < 10 && partners.contains(2L) ? 2L
                        : partners.get(r.nextInt(partners.size()));
                LocalDate start = options.asOf().minusDays(30 + r.nextInt(1_500));
                LocalDate end = r.nextInt(100) < 60 ? start.plusYears(1).minusDays(1) : null;
                String kind = Plans.pickWeighted(r, kinds, new int[] {50, 25, 15, 10});
                long amount = kind.equals("CASH") ? (10 + r.nextInt(490)) * 1_000_000L
                        : r.nextBoolean() ? (5 + r.nextInt(100)) * 1_000_000L : 0;
                LocalDateTime created = Plans.officeTime(start, r);
                rows.add(id++).add(partner).add(workshops.get(i)).add(start).add(end).add(amount).add(kind)
                        .add("Dukungan " + kind.toLowerCase().replace('_', ' ') + " untuk produksi dan pemasaran.")
                        .audit(created, created).end();
            }
        }
        return load(connection, "sponsorship", "id, partner_id, workshop_id, start_date, end_date, amount, kind, "
                + "description, created_by, created_at, modified_by, modified_at", rows);
    }

    private int loadInnovations(Connection connection, Plans plans, int count) throws SQLException {
        return loadChunks(connection, "innovation", "id, code, title, origin_unit_id, innovators, year_started, "
                + "category, problem, solution, impact, digital, stage, sustainability, endorsed, endorsed_by, "
                + "endorsed_at, endorsement_note, best_award_competition, best_award_year, best_award_level, "
                + "best_award_rank, created_by, created_at, modified_by, modified_at", chunks(count), c -> {
                    Rows rows = new Rows();
                    for (int i = c * CHUNK; i < Math.min(count, (c + 1) * CHUNK); i++) {
                        Innovation n = plans.innovation(i);
                        Award best = n.best();
                        String target = n.title();
                        rows.add(n.id()).add(n.code()).add(n.title()).add(n.origin().id()).add(n.innovators())
                                .add(n.yearStarted()).add(n.category())
                                .add("Layanan bagi sasaran program belum menjangkau semua yang membutuhkan di wilayah "
                                        + n.origin().province() + ".")
                                .add("Inovasi " + target + " oleh " + n.origin().name() + ".")
                                .add("Jangkauan dan mutu layanan meningkat sejak " + n.yearStarted() + ".")
                                .add(n.digital()).add(n.stage()).add(n.sustainability()).add(n.endorsed())
                                .add(n.endorsedBy()).add(n.endorsedAt())
                                .add(n.endorsed() ? "Layak direplikasi ke unit lain." : null)
                                .add(best == null ? null : best.competition())
                                .add(best == null ? null : best.year())
                                .add(best == null ? null : best.level())
                                .add(best == null ? null : best.rank())
                                .audit(n.createdAt(), n.endorsedAt() != null && n.endorsedAt().isAfter(n.createdAt())
                                        ? n.endorsedAt() : n.createdAt()).end();
                    }
                    return rows;
                });
    }

    private int loadAwards(Connection connection, Plans plans, int count) throws SQLException {
        long[] id = {nextId(connection, "award")};
        return loadChunks(connection, "award", "id, innovation_id, award_year, competition, award_group, award_level, "
                + "note, created_by, created_at, modified_by, modified_at", chunks(count), c -> {
                    Rows rows = new Rows();
                    for (int i = c * CHUNK; i < Math.min(count, (c + 1) * CHUNK); i++) {
                        Innovation n = plans.innovation(i);
                        for (Award award : n.awards()) {
                            rows.add(id[0]++).add(n.id()).add(award.year()).add(award.competition()).add(award.group())
                                    .add(award.level()).nul().audit(n.createdAt(), n.createdAt()).end();
                        }
                    }
                    return rows;
                });
    }

    private int loadReplications(Connection connection, Plans plans, long firstId, int count) throws SQLException {
        return loadChunks(connection, "replication", "id, innovation_id, origin_unit_id, adopting_unit_id, "
                + "adopting_province, status, "
                + "status_since, facilitator_note, planned_start, planned_end, actual_start, actual_end, "
                + "adaptations, progress_percent, last_report_at, created_by, created_at, modified_by, modified_at",
                chunks(count), c -> {
                    Rows rows = new Rows();
                    for (int i = c * CHUNK; i < Math.min(count, (c + 1) * CHUNK); i++) {
                        Replication p = plans.replication(firstId + i, i);
                        rows.add(p.id()).add(p.innovation().id()).add(p.innovation().origin().id())
                                .add(p.adopting().id()).add(p.adopting().province()).add(p.status().name())
                                .add(p.statusSince())
                                .add(p.facilitatorNote()).add(p.plannedStart()).add(p.plannedEnd())
                                .add(p.actualStart()).add(p.actualEnd()).add(p.adaptations()).add(p.progress())
                                .add(p.lastReportAt()).audit(p.createdAt(), p.modifiedAt()).end();
                    }
                    return rows;
                });
    }

    private int loadTransitions(Connection connection, Plans plans, long firstId, int count) throws SQLException {
        long[] id = {nextId(connection, "replication_transition")};
        return loadChunks(connection, "replication_transition", "id, replication_id, from_status, to_status, "
                + "actor_name, reason, created_by, created_at, modified_by, modified_at", chunks(count), c -> {
                    Rows rows = new Rows();
                    for (int i = c * CHUNK; i < Math.min(count, (c + 1) * CHUNK); i++) {
                        Replication p = plans.replication(firstId + i, i);
                        for (Transition t : p.transitions()) {
                            rows.add(id[0]++).add(p.id()).add(t.from() == null ? null : t.from().name()).add(t.to().name())
                                    .add(t.actor()).add(t.reason()).audit(t.at(), t.at()).end();
                        }
                    }
                    return rows;
                });
    }

    private int loadReports(Connection connection, Plans plans, long firstId, int count) throws SQLException {
        long[] id = {nextId(connection, "monitoring_report")};
        return loadChunks(connection, "monitoring_report", "id, replication_id, period_year, period_quarter, "
                + "people_served, outputs, issues, progress_percent, created_by, created_at, modified_by, modified_at",
                chunks(count), c -> {
                    Rows rows = new Rows();
                    for (int i = c * CHUNK; i < Math.min(count, (c + 1) * CHUNK); i++) {
                        Replication p = plans.replication(firstId + i, i);
                        for (Report report : p.reports()) {
                            rows.add(id[0]++).add(p.id()).add(report.year()).add(report.quarter()).add(report.peopleServed())
                                    .add(report.outputs()).add(report.issues()).add(report.progress())
                                    .audit(report.filedAt(), report.filedAt()).end();
                        }
                    }
                    return rows;
                });
    }

    private int loadEvaluations(Connection connection, Plans plans, long firstId, int count) throws SQLException {
        long[] id = {nextId(connection, "evaluation")};
        return loadChunks(connection, "evaluation", "id, replication_id, score_novel, score_effective, score_beneficial, "
                + "score_spreadable, score_sustainable, total, recommendation, evaluator_name, evaluated_on, "
                + "created_by, created_at, modified_by, modified_at", chunks(count), c -> {
                    Rows rows = new Rows();
                    for (int i = c * CHUNK; i < Math.min(count, (c + 1) * CHUNK); i++) {
                        Replication p = plans.replication(firstId + i, i);
                        Plans.Evaluation e = p.evaluation();
                        if (e != null) {
                            rows.add(id[0]++).add(p.id()).add(e.scores()[0]).add(e.scores()[1]).add(e.scores()[2])
                                    .add(e.scores()[3]).add(e.scores()[4]).add(e.total()).add(e.recommendation())
                                    .add(e.evaluator()).add(e.on()).audit(e.createdAt(), e.createdAt()).end();
                        }
                    }
                    return rows;
                });
    }

    // --- loading -------------------------------------------------------------------------------------------------

    private static int chunks(int count) {
        return (count + CHUNK - 1) / CHUNK;
    }

    /** Loads chunk after chunk, building the next one while the database takes the current one. */
    private int loadChunks(Connection connection, String table, String columns, int chunks, IntFunction<Rows> build)
            throws SQLException {
        ExecutorService builder = Executors.newSingleThreadExecutor();
        try {
            int total = 0;
            Future<Rows> next = chunks > 0 ? builder.submit(() -> build.apply(0)) : null;
            for (int c = 0; c < chunks; c++) {
                Rows rows = next.get();
                int following = c + 1;
                next = following < chunks ? builder.submit(() -> build.apply(following)) : null;
                total += load(connection, table, columns, rows);
            }
            return total;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not build the rows of " + table, e.getCause());
        } finally {
            builder.shutdownNow();
        }
    }

    private static int load(Connection connection, String table, String columns, Rows rows) throws SQLException {
        if (rows.count() == 0) {
            return 0;
        }
        try (Statement statement = connection.createStatement()) {
            statement.unwrap(org.mariadb.jdbc.Statement.class)
                    .setLocalInfileInputStream(new ByteArrayInputStream(rows.bytes()));
            int loaded = statement.executeUpdate("load data local infile 'generated.tsv' into table " + table
                    + " character set utf8mb4 fields terminated by '\\t' escaped by '\\\\' lines terminated by '\\n' ("
                    + columns + ")");
            SQLWarning warning = statement.getWarnings();
            if (loaded != rows.count() || warning != null) {
                throw new IllegalStateException("LOAD DATA into " + table + " took " + loaded + " of " + rows.count()
                        + " rows" + (warning == null ? "" : ": " + warning.getMessage()));
            }
            return loaded;
        }
    }

    private interface Step {
        int run() throws SQLException;
    }

    private void timed(String table, Step step) throws SQLException {
        long started = System.nanoTime();
        int count = step.run();
        long ms = (System.nanoTime() - started) / 1_000_000;
        if (table.startsWith("(")) {
            millis.put(table, ms);
            return;
        }
        rows.put(table, (long) count);
        millis.put(table, ms);
        out.printf(Locale.ROOT, "  %-32s %,12d rows %8.1f s%n", table, count, ms / 1000.0);
    }

    private void timed(String step, SqlRunnable runnable) throws SQLException {
        timed(step, () -> {
            runnable.run();
            return 0;
        });
    }

    private interface SqlRunnable {
        void run() throws SQLException;
    }

    // --- checksums -----------------------------------------------------------------------------------------------

    /** Per table: the number of generated rows and a hash of their contents (every column), independent of order. */
    public Map<String, String> checksums() throws SQLException {
        Map<String, String> sums = new LinkedHashMap<>();
        try (Connection connection = connect()) {
            for (String table : TABLES.reversed()) {
                List<String> columns = strings(connection, "select column_name from information_schema.columns "
                        + "where table_schema = database() and table_name = '" + table + "' order by ordinal_position");
                String row = "concat_ws('|', " + String.join(", ", columns.stream()
                        .map(c -> "coalesce(cast(`" + c + "` as char), '~')").toList()) + ")";
                try (Statement statement = connection.createStatement();
                        ResultSet result = statement.executeQuery("select count(*), "
                                + "coalesce(sum(conv(left(md5(" + row + "), 12), 16, 10)), 0), "
                                + "coalesce(bit_xor(conv(right(md5(" + row + "), 15), 16, 10)), 0) from " + table
                                + " where created_by = '" + AUTHOR + "'")) {
                    result.next();
                    sums.put(table, "%d rows, %s-%s".formatted(result.getLong(1),
                            Long.toHexString(result.getBigDecimal(2).longValue()), Long.toHexString(result.getLong(3))));
                }
            }
        }
        return sums;
    }

    // --- small queries -------------------------------------------------------------------------------------------

    private static List<Unit> units(Connection connection) throws SQLException {
        List<Unit> units = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select id, code, type, name, coalesce(province, '') "
                        + "from unit where active order by id")) {
            while (result.next()) {
                units.add(new Unit(result.getLong(1), result.getString(2), result.getString(3), result.getString(4),
                        result.getString(5)));
            }
        }
        return units;
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        return count(connection, "select count(*) from information_schema.tables where table_schema = database() "
                + "and table_name = ?", table) > 0;
    }

    private static long nextId(Connection connection, String table) throws SQLException {
        return count(connection, "select coalesce(max(id), 0) + 1 from " + table + " where created_by <> ?", AUTHOR);
    }

    private static long currentValue(Connection connection, String sequence) throws SQLException {
        return count(connection, "select next_not_cached_value - 1 from " + sequence + " where ? is not null", "");
    }

    /** The highest number in the codes ({@code INV-2024-0042}, {@code SW-0042}) that the generator did not make. */
    private static long maxCodeNumber(Connection connection, String table, String pattern) throws SQLException {
        return count(connection, "select coalesce(max(cast(substring_index(code, '-', -1) as unsigned)), 0) from "
                + table + " where code like ?", pattern);
    }

    /** After the codes already taken (not the sequence: a forced rerun then gives the same codes again). */
    private static int nextCodeNumber(Connection connection) throws SQLException {
        return (int) count(connection, "select coalesce(max(cast(substring_index(code, '-', -1) as unsigned)), 0) "
                + "from innovation where code like 'INV-%' and created_by <> ?", AUTHOR) + 1;
    }

    private static long count(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static List<Long> ids(Connection connection, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                ids.add(result.getLong(1));
            }
        }
        return ids;
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                values.add(result.getString(1));
            }
        }
        return values;
    }
}
