package de.ddnhamburg.network.domain.audit;

import de.ddnhamburg.network.domain.common.RetentionProperties;
import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Deletes security-log entries after {@code app.retention.security-log} (a year by default). */
@Component
public class AuditRetention {

    private static final Logger LOG = LoggerFactory.getLogger(AuditRetention.class);

    private final AuditEntryRepository entries;
    private final RetentionProperties retention;
    private final Clock clock;

    AuditRetention(AuditEntryRepository entries, RetentionProperties retention, Clock clock) {
        this.entries = entries;
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(cron = "${app.retention.cron}", zone = "Europe/Berlin")
    @SchedulerLock(name = "retention-security-log")
    // The call below stays inside this object, past the proxy that would start its transaction.
    @Transactional
    public void runOnSchedule() {
        deleteOldEntries();
    }

    /** @return how many entries were deleted */
    @Transactional
    public int deleteOldEntries() {
        Instant before = clock.instant().minus(retention.securityLog());
        int deleted = entries.deleteOccurredBefore(before);
        if (deleted > 0) {
            LOG.info("Deleted {} security-log entries from before {}", deleted, before);
        }
        return deleted;
    }
}
