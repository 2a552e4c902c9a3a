package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.mail.MailAttachment;
import de.ddnhamburg.network.domain.mail.MailOutbox;
import de.ddnhamburg.network.domain.mail.MailRequest;
import de.ddnhamburg.network.domain.mail.MailTemplate;
import de.ddnhamburg.network.domain.member.MemberIdentity;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mails about a member's registration, queued in the transaction that stores it: the
 * confirmation (a seat, or a place on the waiting list) and a seat after waiting, each with the
 * event's .ics, and the reminder before the event. The confirmation's fact key names the
 * registration and its row version, which every change raises, so registering again after a
 * cancellation is a new fact with a new mail, while a double submit (which changes nothing) is not.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class RegistrationMails {

    private final MailOutbox outbox;
    private final CalendarEntries entries;
    private final IcsWriter writer;
    private final EventLinks links;

    RegistrationMails(MailOutbox outbox, CalendarEntries entries, IcsWriter writer, EventLinks links) {
        this.outbox = outbox;
        this.entries = entries;
        this.writer = writer;
        this.links = links;
    }

    /** "Anmeldung bestätigt" or "Warteliste", whichever the registration is now. */
    void registered(Event event, EventRegistration registration, MemberIdentity member) {
        String factKey = "event.registered:" + registration.id() + ":" + registration.getVersion();
        MailRequest request = registration.getStatus() == RegistrationStatus.WAITLISTED
                ? MailRequest.of(factKey, member.email(), member.language(), MailTemplate.EVENT_WAITLISTED,
                        member.displayName(), event.getTitle(), event.getStartsAt(), registration.getWaitingPosition(),
                        links.eventPage(event.id()))
                : MailRequest.of(factKey, member.email(), member.language(), MailTemplate.EVENT_REGISTERED,
                        member.displayName(), event.getTitle(), event.getStartsAt(), links.eventPage(event.id()));
        outbox.enqueue(request.withAttachment(calendarFile(event, registration, member)));
    }

    /** A cancellation gave the waiting member a seat. */
    void promoted(Event event, EventRegistration registration, MemberIdentity member) {
        outbox.enqueue(MailRequest.of(
                "event.promoted:" + registration.id() + ":" + registration.getRegisteredAt().toEpochMilli(),
                member.email(), member.language(), MailTemplate.EVENT_SEAT_PROMOTED, member.displayName(),
                event.getTitle(), event.getStartsAt())
                .withAttachment(calendarFile(event, registration, member)));
    }

    /**
     * The reminder before the event, once per registration.
     *
     * @return whether it was queued now (false: it was sent before)
     */
    boolean reminder(Event event, EventRegistration registration, MemberIdentity member) {
        boolean online = EventCalendarService.holdsOnlineSeat(registration) && event.getOnlineLink() != null;
        String page = links.eventPage(event.id());
        String venue = event.getVenue();
        return outbox.enqueue(online
                ? MailRequest.of("event.reminder:" + registration.id(), member.email(), member.language(),
                        MailTemplate.EVENT_REMINDER_ONLINE, member.displayName(), event.getTitle(), event.getStartsAt(),
                        event.getOnlineLink(), page)
                : MailRequest.of("event.reminder:" + registration.id(), member.email(), member.language(),
                        MailTemplate.EVENT_REMINDER, member.displayName(), event.getTitle(), event.getStartsAt(),
                        venue == null ? page : venue, page));
    }

    private MailAttachment calendarFile(Event event, EventRegistration registration, MemberIdentity member) {
        CalendarEntry entry = entries.entry(event, registration, EventCalendarService.holdsOnlineSeat(registration),
                member.language(), null);
        return MailAttachment.calendar(EventCalendarService.fileName(event.id()), writer.write(event.getTitle(), List.of(entry)));
    }
}
