package de.ddnhamburg.network.domain.mail;

import de.ddnhamburg.network.domain.common.RetentionProperties;
import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Deletes sent and failed outbox mails after {@code app.retention.mails} (a year by default). */
@Component
public class OutboxRetention {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRetention.class);

    private final OutboxMailRepository mails;
    private final RetentionProperties retention;
    private final Clock clock;

    OutboxRetention(OutboxMailRepository mails, RetentionProperties retention, Clock clock) {
        this.mails = mails;
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(cron = "${app.retention.cron}", zone = "Europe/Berlin")
    @SchedulerLock(name = "retention-mails")
    // The call below stays inside this object, past the proxy that would start its transaction.
    @Transactional
    public void runOnSchedule() {
        deleteOldMails();
    }

    /** @return how many mails were deleted; pending ones stay, whatever their age */
    @Transactional
    public int deleteOldMails() {
        Instant before = clock.instant().minus(retention.mails());
        int deleted = mails.deleteFinishedBefore(before);
        if (deleted > 0) {
            LOG.info("Deleted {} outbox mails queued before {}", deleted, before);
        }
        return deleted;
    }
}
