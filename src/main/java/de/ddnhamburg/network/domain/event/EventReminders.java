package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.member.MemberIdentity;
import de.ddnhamburg.network.domain.member.MemberLookup;
import de.ddnhamburg.network.domain.member.MemberStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds confirmed participants of an event {@code app.events.reminder-lead} before it starts (a
 * day by default), with the online link for online seats. Runs on a schedule on one node at a time
 * (ShedLock); each run looks at the published events starting within the lead and queues a mail
 * for every confirmed registration that has none yet. The fact key {@code event.reminder:<id>}
 * makes it once per registration, also when runs overlap or repeat. Cancelled events and cancelled
 * registrations get none; waiting members get none unless they move up before the event. Guests
 * with a seat are reminded too if they confirmed their address, in their language, and with the
 * online link for an online seat, as members.
 */
@Component
public class EventReminders {

    private static final Logger LOG = LoggerFactory.getLogger(EventReminders.class);

    private final EventRepository events;
    private final EventRegistrationRepository registrations;
    private final RegistrationMails mails;
    private final MemberLookup members;
    private final Clock clock;
    private final Duration lead;
    private final TransactionTemplate transaction;

    EventReminders(
            EventRepository events,
            EventRegistrationRepository registrations,
            RegistrationMails mails,
            MemberLookup members,
            Clock clock,
            EventProperties properties,
            PlatformTransactionManager transactionManager) {
        this.events = events;
        this.registrations = registrations;
        this.mails = mails;
        this.members = members;
        this.clock = clock;
        this.lead = properties.reminderLead();
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Scheduled(
            fixedDelayString = "${app.events.reminder-interval}",
            initialDelayString = "${app.events.reminder-interval}")
    @SchedulerLock(name = "event-reminders", lockAtMostFor = "PT30M")
    public void remindOnSchedule() {
        sendDueReminders();
    }

    /**
     * Queues the reminders that are due now, one transaction per event, so that one event's trouble
     * does not hold up the others. Called by the schedule, and directly by tests.
     *
     * @return how many reminders were queued
     */
    public int sendDueReminders() {
        Instant now = clock.instant();
        int queued = 0;
        for (Event event : events.findByStatusAndStartsAtBetween(EventStatus.PUBLISHED, now, now.plus(lead))) {
            try {
                Integer count = transaction.execute(status -> remind(event.id(), now));
                queued += count == null ? 0 : count;
            } catch (RuntimeException e) {
                LOG.error("Could not queue the reminders of event {}", event.id(), e);
            }
        }
        return queued;
    }

    private int remind(long eventId, Instant now) {
        // Read again in this transaction: the event may have been cancelled since it was listed.
        Event event = events.findById(eventId).orElse(null);
        if (event == null
                || event.getStatus() != EventStatus.PUBLISHED
                || !event.getStartsAt().isAfter(now)) {
            return 0;
        }
        List<EventRegistration> confirmed =
                registrations.findByEventIdAndStatusIn(eventId, List.of(RegistrationStatus.CONFIRMED));
        Map<Long, MemberIdentity> byId = members.findAll(confirmed.stream()
                .map(EventRegistration::getMemberId)
                .filter(Objects::nonNull)
                .toList());
        int queued = 0;
        for (EventRegistration registration : confirmed) {
            Long memberId = registration.getMemberId();
            if (memberId == null) {
                // A guest: reminded only if the address was confirmed.
                if (mails.guestReminder(event, registration)) {
                    queued++;
                }
                continue;
            }
            MemberIdentity member = byId.get(memberId);
            if (member != null
                    && member.status() == MemberStatus.ACTIVE
                    && mails.reminder(event, registration, member)) {
                queued++;
            }
        }
        return queued;
    }
}
