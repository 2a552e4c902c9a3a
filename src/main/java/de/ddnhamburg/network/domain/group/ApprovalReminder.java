package de.ddnhamburg.network.domain.group;

import de.ddnhamburg.network.domain.common.ClockConfig;
import de.ddnhamburg.network.domain.common.PublicLinks;
import de.ddnhamburg.network.domain.mail.MailOutbox;
import de.ddnhamburg.network.domain.mail.MailRequest;
import de.ddnhamburg.network.domain.mail.MailTemplate;
import de.ddnhamburg.network.domain.member.MemberIdentity;
import de.ddnhamburg.network.domain.member.MemberLookup;
import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells admins what waits for them ({@link ApprovalsService}): once a day
 * ({@code app.admin.approvals-reminder-cron}, Hamburg's time; "-" switches it off) a mail to every
 * admin while applications for membership or requests to join groups wait. The fact key holds the
 * admin and the day, so a second run that day, on any node, queues nothing.
 */
@Component
public class ApprovalReminder {

    private static final Logger LOG = LoggerFactory.getLogger(ApprovalReminder.class);

    private final MemberLookup members;
    private final ApprovalsService approvals;
    private final MailOutbox outbox;
    private final PublicLinks links;
    private final Clock clock;

    ApprovalReminder(
            MemberLookup members, ApprovalsService approvals, MailOutbox outbox, PublicLinks links, Clock clock) {
        this.members = members;
        this.approvals = approvals;
        this.outbox = outbox;
        this.links = links;
        this.clock = clock;
    }

    @Scheduled(cron = "${app.admin.approvals-reminder-cron}", zone = "Europe/Berlin") // ClockConfig.DISPLAY_ZONE
    @SchedulerLock(name = "approval-reminder", lockAtMostFor = "PT30M")
    public void remindOnSchedule() {
        LOG.info("Queued {} reminders of waiting approvals", remindAdmins());
    }

    /** @return how many mails were queued now */
    @Transactional
    public int remindAdmins() {
        WaitingApprovals waiting = approvals.count();
        if (waiting.total() == 0) {
            return 0;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ClockConfig.DISPLAY_ZONE);
        int queued = 0;
        for (MemberIdentity admin : members.activeAdmins()) {
            if (outbox.enqueue(MailRequest.of(
                    "approvals.waiting:" + admin.id() + ":" + today,
                    admin.email(),
                    admin.language(),
                    MailTemplate.APPROVALS_WAITING,
                    admin.displayName(),
                    waiting.applications(),
                    waiting.groupRequests(),
                    links.page(PublicLinks.MEMBER_ADMINISTRATION),
                    links.page(PublicLinks.GROUPS)))) {
                queued++;
            }
        }
        return queued;
    }
}
