package id.go.kemensos.replika.replication;

import id.go.kemensos.replika.notification.Audience;
import id.go.kemensos.replika.notification.NotificationService;
import id.go.kemensos.replika.security.Role;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every morning, tells the adopting unit's operators of each implementing replication whose last monitoring report
 * (or start) is older than the overdue limit. Once per overdue period: a new report starts a new period.
 */
@Component
class OverdueReportReminder {

    private static final Logger log = LoggerFactory.getLogger(OverdueReportReminder.class);

    private final ReplicationRepository replications;
    private final NotificationService notifications;
    private final int overdueDays;

    OverdueReportReminder(ReplicationRepository replications, NotificationService notifications,
            @Value("${replika.replication.overdue-days:100}") int overdueDays) {
        this.replications = replications;
        this.notifications = notifications;
        this.overdueDays = overdueDays;
    }

    /** Returns how many new reminders were sent. */
    @Transactional
    @Scheduled(cron = "${replika.replication.overdue-cron:0 0 6 * * *}", zone = "Asia/Jakarta")
    public int remind() {
        Instant before = Instant.now().minusSeconds(86_400L * overdueDays);
        List<Replication> overdue = replications.findOverdue(ReplicationStatus.IMPLEMENTING, before);
        int sent = 0;
        for (Replication replication : overdue) {
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
        }
        log.info("Overdue monitoring reports: {} replications overdue, {} new reminders", overdue.size(), sent);
        return sent;
    }
}
