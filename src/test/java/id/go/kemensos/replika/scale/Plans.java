package id.go.kemensos.replika.scale;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What each generated innovation and replication looks like, computed from the seed and its number alone, so every
 * table's pass (replications, their transitions, reports, evaluations) sees the same record without keeping it.
 */
final class Plans {

    static final String DIRECTOR = "Direktur Rehabilitasi Sosial";
    static final String FACILITATOR = "Fasilitator KemenPAN-RB";

    enum Status { DRAFT, SUBMITTED, APPROVED, IMPLEMENTING, EVALUATED, INSTITUTIONALISED, DISCONTINUED }

    record Unit(long id, String code, String type, String name, String province) {
    }

    record Award(int year, String competition, String group, String level, int rank) {
    }

    record Innovation(long id, int number, String code, String title, Unit origin, int yearStarted, String category,
            boolean digital, String stage, String sustainability, boolean endorsed, LocalDateTime endorsedAt,
            String endorsedBy, List<Award> awards, LocalDateTime createdAt, String innovators) {

        Award best() {
            Award best = null;
            for (Award award : awards) {
                if (best == null || award.rank() > best.rank()
                        || award.rank() == best.rank() && award.year() > best.year()) {
                    best = award;
                }
            }
            return best;
        }
    }

    record Transition(Status from, Status to, LocalDateTime at, String actor, String reason) {
    }

    record Report(int year, int quarter, int peopleServed, int progress, LocalDateTime filedAt, String outputs,
            String issues) {
    }

    record Evaluation(int[] scores, int total, String recommendation, String evaluator, LocalDate on,
            LocalDateTime createdAt) {
    }

    record Replication(long id, Innovation innovation, Unit adopting, Status status, List<Transition> transitions,
            List<Report> reports, Evaluation evaluation, LocalDate plannedStart, LocalDate plannedEnd,
            LocalDate actualStart, LocalDate actualEnd, String adaptations, String facilitatorNote) {

        LocalDateTime createdAt() {
            return transitions.getFirst().at();
        }

        LocalDateTime statusSince() {
            return transitions.getLast().at();
        }

        LocalDateTime lastReportAt() {
            return reports.isEmpty() ? null : reports.getLast().filedAt();
        }

        int progress() {
            return reports.isEmpty() ? 0 : reports.getLast().progress();
        }

        LocalDateTime modifiedAt() {
            LocalDateTime last = statusSince();
            LocalDateTime report = lastReportAt();
            return report != null && report.isAfter(last) ? report : last;
        }
    }

    private static final String[] AWARD_LEVELS = {"REGISTERED", "TOP_99", "TOP_45", "OUTSTANDING", "WINNER"};
    private static final int[] AWARD_LEVEL_WEIGHTS = {40, 25, 18, 10, 7};

    private final long seed;
    private final LocalDate asOf;
    private final List<Unit> innovationOrigins;
    private final List<Unit> favoured;
    private final List<Unit> adopters;
    private final long firstInnovationId;
    private final int firstInnovationNumber;
    private final int innovationCount;

    Plans(long seed, LocalDate asOf, List<Unit> innovationOrigins, List<Unit> favoured, List<Unit> adopters,
            long firstInnovationId, int firstInnovationNumber, int innovationCount) {
        this.seed = seed;
        this.asOf = asOf;
        this.innovationOrigins = innovationOrigins;
        this.favoured = favoured;
        this.adopters = adopters;
        this.firstInnovationId = firstInnovationId;
        this.firstInnovationNumber = firstInnovationNumber;
        this.innovationCount = innovationCount;
    }

    /** A random stream for one record of one kind: the same seed, kind and number give the same stream. */
    static SplittableRandom random(long seed, int kind, long index) {
        long h = seed * 0x9E3779B97F4A7C15L + kind * 0xC2B2AE3D27D4EB4FL + index * 0x165667B19E3779F9L;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93fe1a85ec9L;
        h ^= h >>> 33;
        return new SplittableRandom(h);
    }

    static LocalDateTime officeTime(LocalDate day, SplittableRandom random) {
        // 08:00-16:30 WIB, stored in UTC
        return LocalDateTime.of(day, LocalTime.of(1, 0).plusMinutes(random.nextInt(510)));
    }

    Innovation innovation(int index) {
        SplittableRandom r = random(seed, 1, index);
        Unit origin;
        int roll = r.nextInt(100);
        if (!favoured.isEmpty() && roll < 2 * favoured.size()) {
            origin = favoured.get(roll / 2);
        } else {
            origin = innovationOrigins.get(r.nextInt(innovationOrigins.size()));
        }
        long titleIndex = index < 100_000 ? index * 7919L % 100_000 : index;
        String title = Words.combination(titleIndex, List.of(Words.PROGRAMME, Words.TARGET, Words.MANNER));
        int yearStarted = 2008 + r.nextInt(Math.max(1, asOf.getYear() - 2008));
        LocalDate created = asOf.minusDays(30 + r.nextInt(1500));
        if (created.getYear() < yearStarted) {
            created = LocalDate.of(yearStarted, 1, 2).plusDays(r.nextInt(200));
            if (created.isAfter(asOf.minusDays(1))) {
                created = asOf.minusDays(1);
            }
        }
        String stage = pickWeighted(r, new String[] {"INITIATIVE", "TRIAL", "IMPLEMENTED", "INSTITUTIONALISED"},
                new int[] {10, 15, 50, 25});
        String sustainability = pickWeighted(r, new String[] {"ACTIVE", "DORMANT", "STOPPED"}, new int[] {75, 15, 10});
        boolean endorsed = r.nextInt(100) < 8;
        LocalDateTime endorsedAt = endorsed ? officeTime(created.plusDays(1 + r.nextInt(
                (int) Math.max(1, asOf.toEpochDay() - created.toEpochDay() - 1))), r) : null;
        if (endorsedAt != null && endorsedAt.toLocalDate().isAfter(asOf)) {
            endorsedAt = officeTime(asOf, r);
        }
        String endorsedBy = endorsed ? (r.nextBoolean() ? FACILITATOR : DIRECTOR) : null;
        List<Award> awards = new ArrayList<>();
        if (r.nextInt(100) < 35) {
            int first = Math.max(2014, yearStarted);
            int last = asOf.getYear() - 1;
            int count = 1 + r.nextInt(3);
            int year = first + r.nextInt(Math.max(1, last - first + 1));
            for (int i = 0; i < count && year <= last; i++) {
                String competition = year >= 2024 ? (r.nextInt(3) == 0 ? "IGA" : "PKRI")
                        : pickWeighted(r, new String[] {"KIPP", "IGA", "OTHER"}, new int[] {70, 20, 10});
                int level = indexWeighted(r, AWARD_LEVEL_WEIGHTS);
                String group = pickWeighted(r, new String[] {"GENERAL", "REPLICATION", "SPECIAL"},
                        new int[] {80, 10, 10});
                awards.add(new Award(year, competition, group, AWARD_LEVELS[level], level + 1));
                year += 1 + r.nextInt(3);
            }
        }
        int number = firstInnovationNumber + index;
        String code = "INV-%d-%04d".formatted(created.getYear(), number);
        return new Innovation(firstInnovationId + index, number, code, title, origin, yearStarted,
                Words.pick(r, Words.CATEGORY), r.nextInt(100) < 30, stage, sustainability, endorsed, endorsedAt,
                endorsedBy, awards, officeTime(created, r), Words.people(r, 1, 3));
    }

    Replication replication(long id, int index) {
        SplittableRandom r = random(seed, 2, index);
        // popular innovations are replicated more often
        double u = r.nextDouble();
        Innovation innovation = innovation((int) (innovationCount * u * u));
        Unit adopting;
        int roll = r.nextInt(100);
        if (!favoured.isEmpty() && roll < 4 * favoured.size()) {
            adopting = favoured.get(roll / 4);
        } else {
            adopting = adopters.get(r.nextInt(adopters.size()));
        }
        if (adopting.id() == innovation.origin().id()) {
            adopting = adopters.get((adopters.indexOf(adopting) + 1) % adopters.size());
        }
        String operator = "Operator " + adopting.name();

        // the path through the workflow, as statuses after the first DRAFT
        Status finalStatus = pickWeighted(r, Status.values(), new int[] {7, 6, 7, 38, 12, 20, 10});
        Status stopAt = finalStatus;
        if (finalStatus == Status.DISCONTINUED) {
            stopAt = pickWeighted(r, new Status[] {Status.DRAFT, Status.SUBMITTED, Status.APPROVED,
                Status.IMPLEMENTING, Status.EVALUATED}, new int[] {15, 20, 15, 40, 10});
        }
        List<Status> path = new ArrayList<>();
        path.add(Status.DRAFT);
        boolean returned = r.nextInt(100) < 12;
        if (returned && stopAt != Status.DRAFT || stopAt == Status.DRAFT && r.nextInt(100) < 10) {
            path.add(Status.SUBMITTED);
            path.add(Status.DRAFT);
        }
        for (Status step : new Status[] {Status.SUBMITTED, Status.APPROVED, Status.IMPLEMENTING, Status.EVALUATED,
            Status.INSTITUTIONALISED}) {
            if (stopAt.ordinal() < step.ordinal()) {
                break;
            }
            path.add(step);
        }
        if (finalStatus == Status.DISCONTINUED) {
            path.add(Status.DISCONTINUED);
        }

        // the random numbers first, so that moving the timeline (below) never changes them
        int steps = path.size();
        int[] gaps = new int[steps];
        LocalTime[] times = new LocalTime[steps];
        String[] reasons = new String[steps];
        for (int i = 1; i < steps; i++) {
            Status to = path.get(i);
            Status from = path.get(i - 1);
            gaps[i] = switch (to) {
                case SUBMITTED -> 2 + r.nextInt(30);
                case DRAFT -> 3 + r.nextInt(20);
                case APPROVED -> 3 + r.nextInt(30);
                case IMPLEMENTING -> 7 + r.nextInt(60);
                case EVALUATED, DISCONTINUED -> 1 + r.nextInt(60);
                case INSTITUTIONALISED -> 30 + r.nextInt(200);
            };
            reasons[i] = switch (to) {
                case DRAFT -> Words.pick(r, Words.RETURN_REASONS);
                case DISCONTINUED -> Words.pick(r, Words.DISCONTINUE_REASONS);
                case APPROVED -> r.nextBoolean() ? Words.pick(r, Words.APPROVE_COMMENTS) : null;
                default -> null;
            };
            if (from == Status.IMPLEMENTING && to == Status.DISCONTINUED) {
                gaps[i] = 1 + r.nextInt(60);
            }
        }
        for (int i = 0; i < steps; i++) {
            times[i] = LocalTime.of(1, 0).plusMinutes(r.nextInt(510));
        }
        boolean implemented = path.contains(Status.IMPLEMENTING);
        boolean leftImplementing = implemented && path.getLast() != Status.IMPLEMENTING;
        int reportCount = 0;
        if (implemented) {
            reportCount = path.contains(Status.EVALUATED) ? 1 + r.nextInt(5)
                    : leftImplementing ? r.nextInt(4) : r.nextInt(6);
        }
        int[] reportJitter = new int[reportCount];
        LocalTime[] reportTimes = new LocalTime[reportCount];
        int[] people = new int[reportCount];
        int[] progress = new int[reportCount];
        String[] outputs = new String[reportCount];
        String[] issues = new String[reportCount];
        int served = 5 + r.nextInt(20);
        int done = 0;
        for (int k = 0; k < reportCount; k++) {
            reportJitter[k] = 1 + r.nextInt(25);
            reportTimes[k] = LocalTime.of(1, 0).plusMinutes(r.nextInt(510));
            served += r.nextInt(15);
            people[k] = served;
            done = Math.min(100, done + 10 + r.nextInt(25));
            progress[k] = done;
            outputs[k] = Words.pick(r, Words.OUTPUTS);
            issues[k] = r.nextBoolean() ? Words.pick(r, Words.ISSUES) : null;
        }
        Status last = path.getLast();
        int tail = switch (last) {
            case DRAFT -> 1 + r.nextInt(120);
            case SUBMITTED -> 1 + r.nextInt(45);
            case APPROVED -> 1 + r.nextInt(90);
            // since the last report (or the start); more than 100 days is overdue
            case IMPLEMENTING -> reportCount == 0 ? 1 + r.nextInt(80) : 5 + r.nextInt(150);
            case EVALUATED -> 1 + r.nextInt(200);
            case INSTITUTIONALISED, DISCONTINUED -> 1 + r.nextInt(700);
        };
        int planLead = 20 + r.nextInt(40);
        String adaptations = r.nextInt(100) < 70 ? "Disesuaikan untuk " + Words.pick(r, Words.TARGET).toLowerCase()
                + " di " + adopting.province() + "." : null;
        String note = r.nextInt(100) < 40 ? "Fasilitasi KemenPAN-RB: pendampingan bersama " + innovation.origin().name()
                + "." : null;
        int[] scores = new int[5];
        int total = 0;
        for (int s = 0; s < 5; s++) {
            scores[s] = 2 + r.nextInt(4);
            total += scores[s];
        }
        String recommendation = Words.pick(r, Words.RECOMMENDATIONS);
        String evaluator = r.nextBoolean() ? DIRECTOR : FACILITATOR;
        int evaluationLead = 10 + r.nextInt(200);

        // place the timeline so that it ends 'tail' days before the as-of date (report quarters depend on where
        // the start falls, hence the few rounds)
        long start = asOf.toEpochDay() - 400;
        Timeline timeline = null;
        for (int round = 0; round < 4; round++) {
            timeline = timeline(path, start, gaps, reportCount, reportJitter);
            start += asOf.toEpochDay() - (timeline.end + tail);
        }
        timeline = timeline(path, start, gaps, reportCount, reportJitter);
        while (timeline.end > asOf.toEpochDay()) {
            start -= timeline.end - asOf.toEpochDay();
            timeline = timeline(path, start, gaps, reportCount, reportJitter);
        }

        List<Transition> transitions = new ArrayList<>(steps);
        LocalDate plannedStart = null;
        LocalDate actualStart = null;
        LocalDate actualEnd = null;
        Evaluation evaluation = null;
        for (int i = 0; i < steps; i++) {
            Status to = path.get(i);
            LocalDate day = LocalDate.ofEpochDay(timeline.days[i]);
            LocalDateTime at = LocalDateTime.of(day, times[i]);
            String actor = switch (to) {
                case DRAFT -> i == 0 ? operator : DIRECTOR;
                case SUBMITTED, IMPLEMENTING -> operator;
                case EVALUATED -> evaluator;
                default -> DIRECTOR;
            };
            transitions.add(new Transition(i == 0 ? null : path.get(i - 1), to, at, actor, reasons[i]));
            if (to == Status.SUBMITTED && plannedStart == null) {
                plannedStart = day.plusDays(planLead);
            }
            if (to == Status.IMPLEMENTING) {
                actualStart = day;
            }
            if (to == Status.INSTITUTIONALISED) {
                actualEnd = day;
            }
            if (to == Status.EVALUATED) {
                evaluation = new Evaluation(scores, total, recommendation, evaluator, day,
                        at.minusMinutes(evaluationLead % 30 + 1));
            }
        }
        List<Report> reports = new ArrayList<>(reportCount);
        for (int k = 0; k < reportCount; k++) {
            long quarter = timeline.firstQuarter + k;
            reports.add(new Report((int) (quarter / 4), (int) (quarter % 4) + 1, people[k], progress[k],
                    LocalDateTime.of(LocalDate.ofEpochDay(timeline.reportDays[k]), reportTimes[k]), outputs[k],
                    issues[k]));
        }
        return new Replication(id, innovation, adopting, last, transitions, reports, evaluation, plannedStart,
                plannedStart == null ? null : plannedStart.plusYears(2), actualStart, actualEnd, adaptations, note);
    }

    private record Timeline(long[] days, long firstQuarter, long[] reportDays, long end) {
    }

    /** Days of each step and report from {@code start}; {@code end} is the day of the last step. */
    private static Timeline timeline(List<Status> path, long start, int[] gaps, int reportCount, int[] jitter) {
        long[] days = new long[path.size()];
        long[] reportDays = new long[reportCount];
        long firstQuarter = 0;
        long day = start;
        for (int i = 0; i < path.size(); i++) {
            if (i > 0) {
                Status from = path.get(i - 1);
                if (from == Status.IMPLEMENTING && reportCount > 0) {
                    day = reportDays[reportCount - 1];
                }
                day += gaps[i];
            }
            days[i] = day;
            if (path.get(i) == Status.IMPLEMENTING) {
                LocalDate started = LocalDate.ofEpochDay(day);
                firstQuarter = started.getYear() * 4L + (started.getMonthValue() - 1) / 3;
                for (int k = 0; k < reportCount; k++) {
                    long quarter = firstQuarter + k;
                    LocalDate quarterEnd = LocalDate.of((int) (quarter / 4), (int) (quarter % 4) * 3 + 1, 1)
                            .plusMonths(3).minusDays(1);
                    reportDays[k] = quarterEnd.toEpochDay() + jitter[k];
                }
            }
        }
        long end = days[days.length - 1];
        if (path.getLast() == Status.IMPLEMENTING && reportCount > 0) {
            end = reportDays[reportCount - 1];
        }
        return new Timeline(days, firstQuarter, reportDays, end);
    }

    static <T> T pickWeighted(SplittableRandom random, T[] values, int[] weights) {
        return values[indexWeighted(random, weights)];
    }

    static int indexWeighted(SplittableRandom random, int[] weights) {
        int sum = 0;
        for (int weight : weights) {
            sum += weight;
        }
        int roll = random.nextInt(sum);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
