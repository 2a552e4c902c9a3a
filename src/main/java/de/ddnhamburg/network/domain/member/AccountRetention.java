package de.ddnhamburg.network.domain.member;

import de.ddnhamburg.network.domain.common.RetentionProperties;
import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes one-time links {@code app.retention.used-links} after their use or expiry (30 days), and
 * registrations whose address was never confirmed after {@code app.retention.unconfirmed-joins}
 * (7 days), with their consent and links.
 */
@Component
public class AccountRetention {

    private static final Logger LOG = LoggerFactory.getLogger(AccountRetention.class);

    private final MemberTokenRepository tokens;
    private final MemberRepository members;
    private final RetentionProperties retention;
    private final Clock clock;

    AccountRetention(
            MemberTokenRepository tokens, MemberRepository members, RetentionProperties retention, Clock clock) {
        this.tokens = tokens;
        this.members = members;
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(cron = "${app.retention.cron}", zone = "Europe/Berlin")
    @SchedulerLock(name = "retention-accounts")
    // The call below stays inside this object, past the proxy that would start its transaction.
    @Transactional
    public void runOnSchedule() {
        deleteOldLinks();
        deleteUnconfirmedJoins();
    }

    /** @return how many links were deleted */
    @Transactional
    public int deleteOldLinks() {
        return log(
                "one-time links",
                tokens.deleteUsedOrExpiredBefore(clock.instant().minus(retention.usedLinks())));
    }

    /** @return how many unconfirmed registrations were deleted */
    @Transactional
    public int deleteUnconfirmedJoins() {
        Instant before = clock.instant().minus(retention.unconfirmedJoins());
        return log("unconfirmed registrations", members.deleteUnconfirmedBefore(before));
    }

    private static int log(String what, int deleted) {
        if (deleted > 0) {
            LOG.info("Deleted {} {}", deleted, what);
        }
        return deleted;
    }
}
