package id.go.kemensos.replika.replication;

import id.go.kemensos.replika.base.JobRuns;
import id.go.kemensos.replika.notification.Audience;
import id.go.kemensos.replika.notification.NotificationService;
import id.go.kemensos.replika.security.Role;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every morning, tells the adopting unit's operators of each implementing replication whose last monitoring report
 * (or start) is older than the overdue limit. Once per overdue period: a new report starts a new period.
 * <p>
 * Safe with several instances: the daily run takes the {@value #JOB} lock (ShedLock) so only one instance runs it,
 * and the job itself is idempotent (each reminder has a dedupe key, unique in the database: replication and the
 * start of its overdue period), so a second run, by overlap or by hand, sends nothing twice. It walks the overdue
 * replications in keyset pages of {@value #PAGE} by id, each page in its own short transaction, so a million
 * replications never sit in one transaction or in memory.
 */
@Component
class OverdueReportReminder {

    static final String JOB = "overdue-report-reminder";
    static final int PAGE = 500;
    private static final Logger log = LoggerFactory.getLogger(OverdueReportReminder.class);

    private final ReplicationRepository replications;
    private final NotificationService notifications;
    private final TransactionTemplate transactions;
    private final JobRuns jobRuns;
    private final int overdueDays;

    OverdueReportReminder(ReplicationRepository replications, NotificationService notifications,
            TransactionTemplate transactions, JobRuns jobRuns,
            @Value("${replika.replication.overdue-days:100}") int overdueDays) {
        this.replications = replications;
        this.notifications = notifications;
        this.transactions = transactions;
        this.jobRuns = jobRuns;
        this.overdueDays = overdueDays;
    }

    /**
     * The daily run: on one instance only (the others find the lock taken and skip). The lock is held at least 5
     * minutes, so an instance whose scheduler fires a little later (or whose clock is behind) does not run it again.
     */
    @Scheduled(cron = "${replika.replication.overdue-cron:0 0 6 * * *}", zone = "Asia/Jakarta")
    @SchedulerLock(name = JOB, lockAtLeastFor = "PT5M", lockAtMostFor = "PT2H")
    public void runDaily() {
        jobRuns.record(JOB, this::remind);
    }

    /** Returns how many new reminders were sent. */
    public int remind() {
        Instant before = Instant.now().minusSeconds(86_400L * overdueDays);
        long afterId = 0;
        int overdue = 0;
        int sent = 0;
        while (true) {
            long from = afterId;
            Page page = transactions.execute(status -> remindPage(before, from));
            overdue += page.overdue();
            sent += page.sent();
            if (page.overdue() < PAGE) {
                break;
            }
            afterId = page.lastId();
        }
        log.info("Overdue monitoring reports: {} replications overdue, {} new reminders", overdue, sent);
        return sent;
    }

    /** One page of overdue replications after {@code afterId}, in the caller's transaction. */
    private Page remindPage(Instant before, long afterId) {
        List<Replication> page = replications.findOverdue(ReplicationStatus.IMPLEMENTING, before, afterId,
                Limit.of(PAGE));
        int sent = 0;
        long lastId = afterId;
        for (Replication replication : page) {
            Instant periodStart = replication.getLastReportAt() != null ? replication.getLastReportAt()
                    : replication.getStatusSince();
            boolean added = notifications.notifySystem(
                    Audience.unit(Role.UPT_OPERATOR, replication.getAdoptingUnit().getId()),
                    "notification.replication.overdue",
                    List.of(replication.getSourceInnovation().getTitle(), replication.getAdoptingUnit().getName(),
                            String.valueOf(overdueDays)),
                    "replications/" + replication.getId(),
                    "overdue:" + replication.getId() + ":" + periodStart.toEpochMilli());
            sent += added ? 1 : 0;
            lastId = replication.getId();
        }
        return new Page(page.size(), sent, lastId);
    }

    private record Page(int overdue, int sent, long lastId) {
    }
}
