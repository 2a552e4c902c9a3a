package de.ddnhamburg.network.domain.announcement;

import de.ddnhamburg.network.domain.mail.MailOutbox;
import de.ddnhamburg.network.domain.member.MemberIdentity;
import de.ddnhamburg.network.domain.member.MemberLookup;
import de.ddnhamburg.network.domain.member.MemberStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends announcements in batches: every {@code app.announcements.batch-interval}, on one node at a
 * time (ShedLock), the next {@code batch-size} pending recipients, oldest announcement first.
 *
 * <p>Each recipient is one short transaction that claims their row (PENDING to SENT, a conditional
 * update) and queues their mail in the outbox; the two commit together or not at all. So a node
 * that dies mid-batch leaves the recipients it had not committed pending, for the next run, and
 * those it had committed are never mailed again: their rows are no longer pending, and the mail's
 * fact key ({@code announcement:<id>:<member>}) would refuse a second mail anyway. Two runs at once
 * (a lock that ran out while a slow run went on) cannot both claim a row. Whoever switched
 * announcements off or stopped being active since the announcement was sent is skipped; a mail the
 * outbox refuses marks its row FAILED, so one bad address never blocks the rest.
 */
@Component
public class AnnouncementDispatch {

    private static final Logger LOG = LoggerFactory.getLogger(AnnouncementDispatch.class);

    private final AnnouncementRepository announcements;
    private final AnnouncementRecipients recipients;
    private final AnnouncementOptOuts optOuts;
    private final AnnouncementMails mails;
    private final MailOutbox outbox;
    private final MemberLookup members;
    private final Clock clock;
    private final int batchSize;
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;

    AnnouncementDispatch(
            AnnouncementRepository announcements,
            AnnouncementRecipients recipients,
            AnnouncementOptOuts optOuts,
            AnnouncementMails mails,
            MailOutbox outbox,
            MemberLookup members,
            Clock clock,
            AnnouncementProperties properties,
            PlatformTransactionManager transactionManager) {
        this.announcements = announcements;
        this.recipients = recipients;
        this.optOuts = optOuts;
        this.mails = mails;
        this.outbox = outbox;
        this.members = members;
        this.clock = clock;
        this.batchSize = properties.batchSize();
        this.reading = new TransactionTemplate(transactionManager);
        this.reading.setReadOnly(true);
        this.writing = new TransactionTemplate(transactionManager);
    }

    @Scheduled(
            fixedDelayString = "${app.announcements.batch-interval}",
            initialDelayString = "${app.announcements.batch-interval}")
    @SchedulerLock(name = "announcement-dispatch", lockAtMostFor = "PT30M")
    public void sendOnSchedule() {
        int handled = sendNextBatch();
        if (handled > 0) {
            LOG.info("Handled {} announcement recipients", handled);
        }
    }

    /**
     * One batch of {@code app.announcements.batch-size} recipients. Called by the schedule, and by
     * tests with their clock.
     *
     * @return how many recipients this run mailed or skipped (each is dealt with by one run only)
     */
    public int sendNextBatch() {
        return sendNextBatch(batchSize);
    }

    int sendNextBatch(int limit) {
        int handled = 0;
        for (long announcementId : Objects.requireNonNull(
                reading.execute(status -> announcements.findIdsByStatus(AnnouncementStatus.SENDING)))) {
            if (handled < limit) {
                handled += sendBatch(announcementId, limit - handled);
            }
            finishIfDone(announcementId);
        }
        return handled;
    }

    private record Batch(
            Announcement announcement, List<Long> pending, Map<Long, MemberIdentity> people, Set<Long> off) {}

    private int sendBatch(long announcementId, int limit) {
        Batch batch = Objects.requireNonNull(reading.execute(status -> {
            Announcement announcement = announcements.findById(announcementId).orElseThrow();
            List<Long> pending = recipients.pending(announcementId, limit);
            return new Batch(announcement, pending, members.findAll(pending), optOuts.all());
        }));
        Instant now = clock.instant();
        int claimed = 0;
        for (long memberId : batch.pending()) {
            Announcement announcement = batch.announcement();
            if (deliver(
                    announcement,
                    memberId,
                    batch.people().get(memberId),
                    batch.off().contains(memberId),
                    now)) {
                claimed++;
            }
        }
        return claimed;
    }

    /**
     * Claims the recipient's row and queues their mail, in one transaction; see the class comment.
     *
     * @return whether this call dealt with the recipient (false: another run had, or it failed)
     */
    boolean deliver(
            Announcement announcement, long memberId, @Nullable MemberIdentity person, boolean off, Instant now) {
        long announcementId = announcement.id();
        try {
            return Boolean.TRUE.equals(writing.execute(status -> {
                if (person == null || person.status() != MemberStatus.ACTIVE || off) {
                    return recipients.claim(announcementId, memberId, RecipientStatus.SKIPPED, now);
                }
                if (!recipients.claim(announcementId, memberId, RecipientStatus.SENT, now)) {
                    return false;
                }
                outbox.enqueue(mails.toRecipient(announcementId, announcement.textFor(person.language()), person));
                return true;
            }));
        } catch (RuntimeException e) {
            LOG.warn("Announcement {} could not be queued for member {}", announcementId, memberId, e);
            // Only if still pending: a racing run may have mailed them meanwhile.
            writing.executeWithoutResult(
                    status -> recipients.claim(announcementId, memberId, RecipientStatus.FAILED, now));
            return false;
        }
    }

    private void finishIfDone(long announcementId) {
        writing.executeWithoutResult(status -> {
            if (!recipients.anyPending(announcementId)) {
                announcements.finish(announcementId, clock.instant());
            }
        });
    }
}
