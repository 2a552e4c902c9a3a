package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.common.ClockConfig;
import de.ddnhamburg.network.domain.common.PublicLinks;
import de.ddnhamburg.network.domain.mail.MailOutbox;
import de.ddnhamburg.network.domain.mail.MailRequest;
import de.ddnhamburg.network.domain.mail.MailTemplate;
import de.ddnhamburg.network.domain.member.ContactLookup;
import de.ddnhamburg.network.domain.member.MemberIdentity;
import de.ddnhamburg.network.domain.member.MemberLookup;
import de.ddnhamburg.network.domain.member.MemberStatus;
import de.ddnhamburg.network.domain.member.ParticipantProfile;
import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mail the day after an event (issue 16): each member who was there ({@link EventEncounters})
 * gets the names of the people they may want to follow up with, and a link to "Wen habe ich
 * getroffen?". Only those who opted in to the participant list are named, never guests, and not
 * who is already a contact (or blocked, or asked). Nobody to name, no mail; a member who switched
 * it off ({@link FollowUpPreferenceService}) gets none. Runs each morning on one node (ShedLock)
 * for the events that ended on the two days before; the fact key {@code event.followUp:<id>} makes
 * it once per registration, also when a run repeats.
 */
@Component
public class FollowUpReminders {

    private static final Logger LOG = LoggerFactory.getLogger(FollowUpReminders.class);
    private static final int DAYS_BACK = 2;

    private final EventRepository events;
    private final EventEncounters encounters;
    private final FollowUpOptOuts optOuts;
    private final MemberLookup members;
    private final ContactLookup contacts;
    private final MailOutbox outbox;
    private final PublicLinks links;
    private final Clock clock;
    private final TransactionTemplate transaction;

    FollowUpReminders(
            EventRepository events,
            EventEncounters encounters,
            FollowUpOptOuts optOuts,
            MemberLookup members,
            ContactLookup contacts,
            MailOutbox outbox,
            PublicLinks links,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.events = events;
        this.encounters = encounters;
        this.optOuts = optOuts;
        this.members = members;
        this.contacts = contacts;
        this.outbox = outbox;
        this.links = links;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Scheduled(cron = "${app.events.follow-up-cron}", zone = "Europe/Berlin") // ClockConfig.DISPLAY_ZONE
    @SchedulerLock(name = "event-follow-ups", lockAtMostFor = "PT30M")
    public void sendOnSchedule() {
        LOG.info("Queued {} mails about whom members met at events", sendDue());
    }

    /**
     * Queues the mails for events that ended before today (Hamburg's time) and not longer than two
     * days ago; one transaction per event. Called by the schedule, and directly by tests.
     *
     * @return how many mails were queued
     */
    public int sendDue() {
        Instant today = LocalDate.now(clock.withZone(ClockConfig.DISPLAY_ZONE))
                .atStartOfDay(ClockConfig.DISPLAY_ZONE)
                .toInstant();
        Instant from = today.minus(java.time.Duration.ofDays(DAYS_BACK));
        int queued = 0;
        for (Event event : events.findByStatusAndEndsAtBetween(EventStatus.PUBLISHED, from, today)) {
            try {
                Integer count = transaction.execute(status -> followUp(event.id()));
                queued += count == null ? 0 : count;
            } catch (RuntimeException e) {
                LOG.error("Could not queue the follow-up mails of event {}", event.id(), e);
            }
        }
        return queued;
    }

    private int followUp(long eventId) {
        Event event = events.findById(eventId).orElse(null);
        if (event == null || event.getStatus() != EventStatus.PUBLISHED) {
            return 0;
        }
        List<EventRegistration> present = encounters.present(eventId);
        Map<Long, ParticipantProfile> shown = encounters.shown(present);
        if (shown.isEmpty()) {
            return 0;
        }
        List<Long> memberIds = present.stream()
                .map(EventRegistration::getMemberId)
                .filter(Objects::nonNull)
                .toList();
        Set<Long> switchedOff = optOuts.among(memberIds);
        Map<Long, MemberIdentity> identities = members.findAll(memberIds);
        int queued = 0;
        for (EventRegistration registration : present) {
            long memberId = Objects.requireNonNull(registration.getMemberId());
            MemberIdentity member = identities.get(memberId);
            if (member == null || member.status() != MemberStatus.ACTIVE || switchedOff.contains(memberId)) {
                continue;
            }
            Set<Long> known = contacts.alreadyConnected(memberId);
            Collator collator = Collator.getInstance(member.language());
            String people = shown.values().stream()
                    .filter(profile -> profile.id() != memberId && !known.contains(profile.id()))
                    .sorted(Comparator.comparing(ParticipantProfile::displayName, collator))
                    .map(profile -> "- " + profile.displayName()
                            + (profile.organisation() == null ? "" : " (" + profile.organisation() + ")"))
                    .collect(Collectors.joining("\n"));
            if (people.isEmpty()) {
                continue;
            }
            if (outbox.enqueue(MailRequest.of(
                    "event.followUp:" + registration.id(),
                    member.email(),
                    member.language(),
                    MailTemplate.EVENT_FOLLOW_UP,
                    member.displayName(),
                    event.getTitle(),
                    people,
                    links.event(eventId) + "/" + PeopleMet.PATH))) {
                queued++;
            }
        }
        return queued;
    }
}
