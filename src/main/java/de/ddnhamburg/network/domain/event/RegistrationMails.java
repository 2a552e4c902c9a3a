package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.common.PublicLinks;
import de.ddnhamburg.network.domain.mail.MailAttachment;
import de.ddnhamburg.network.domain.mail.MailOutbox;
import de.ddnhamburg.network.domain.mail.MailRequest;
import de.ddnhamburg.network.domain.mail.MailTemplate;
import de.ddnhamburg.network.domain.member.MemberIdentity;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
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
    private final PublicLinks links;

    RegistrationMails(MailOutbox outbox, CalendarEntries entries, IcsWriter writer, PublicLinks links) {
        this.outbox = outbox;
        this.entries = entries;
        this.writer = writer;
        this.links = links;
    }

    /** "Anmeldung bestätigt" or "Warteliste", whichever the registration is now. */
    void registered(Event event, EventRegistration registration, MemberIdentity member) {
        String factKey = "event.registered:" + registration.id() + ":" + registration.getVersion();
        MailRequest request = registration.getStatus() == RegistrationStatus.WAITLISTED
                ? MailRequest.of(
                        factKey,
                        member.email(),
                        member.language(),
                        MailTemplate.EVENT_WAITLISTED,
                        member.displayName(),
                        event.getTitle(),
                        event.getStartsAt(),
                        registration.requireWaitingPosition(),
                        links.event(event.id()))
                : MailRequest.of(
                        factKey,
                        member.email(),
                        member.language(),
                        MailTemplate.EVENT_REGISTERED,
                        member.displayName(),
                        event.getTitle(),
                        event.getStartsAt(),
                        links.event(event.id()));
        outbox.enqueueNew(request.withAttachment(calendarFile(event, registration, member)));
    }

    /** A cancellation gave the waiting member a seat. */
    void promoted(Event event, EventRegistration registration, MemberIdentity member) {
        outbox.enqueue(MailRequest.of(
                        "event.promoted:" + registration.id() + ":"
                                + registration.getRegisteredAt().toEpochMilli(),
                        member.email(),
                        member.language(),
                        MailTemplate.EVENT_SEAT_PROMOTED,
                        member.displayName(),
                        event.getTitle(),
                        event.getStartsAt())
                .withAttachment(calendarFile(event, registration, member)));
    }

    /**
     * The reminder before the event, once per registration.
     *
     * @return whether it was queued now (false: it was sent before)
     */
    boolean reminder(Event event, EventRegistration registration, MemberIdentity member) {
        String onlineLink = EventCalendarService.holdsOnlineSeat(registration) ? event.getOnlineLink() : null;
        String venue = event.getVenue();
        return remind(
                event,
                registration,
                member.email(),
                member.language(),
                member.displayName(),
                onlineLink,
                venue == null ? links.event(event.id()) : venue);
    }

    /**
     * The reminder to a guest who confirmed the address (unconfirmed addresses get none). A guest
     * with a confirmed online seat gets the online link in it, as members do (issue 12); a waiting
     * guest or one with an in-person seat does not.
     *
     * @return whether it was queued now (false: it was sent before, or the guest did not confirm)
     */
    boolean guestReminder(Event event, EventRegistration guest) {
        String email = guest.getGuestEmail();
        String name = guest.getGuestName();
        if (!guest.isGuest() || guest.getGuestConfirmedAt() == null || email == null || name == null) {
            return false;
        }
        String venue = event.getVenue();
        return remind(
                event,
                guest,
                email,
                guest.guestLanguage(),
                name,
                GuestRegistrationSummary.holdsConfirmedOnlineSeat(guest) ? event.getOnlineLink() : null,
                venue == null || guest.getSeatKind() == SeatKind.ONLINE ? links.event(event.id()) : venue);
    }

    private boolean remind(
            Event event,
            EventRegistration registration,
            String email,
            Locale language,
            String name,
            @Nullable String onlineLink,
            String place) {
        String page = links.event(event.id());
        return outbox.enqueue(
                onlineLink != null
                        ? MailRequest.of(
                                "event.reminder:" + registration.id(),
                                email,
                                language,
                                MailTemplate.EVENT_REMINDER_ONLINE,
                                name,
                                event.getTitle(),
                                event.getStartsAt(),
                                onlineLink,
                                page)
                        : MailRequest.of(
                                "event.reminder:" + registration.id(),
                                email,
                                language,
                                MailTemplate.EVENT_REMINDER,
                                name,
                                event.getTitle(),
                                event.getStartsAt(),
                                place,
                                page));
    }

    /**
     * The event's .ics for a guest's confirmation mail: their seat or waiting place, without the
     * online link (a guest with an online seat gets it in the reminder and on the page of the cancel
     * link).
     */
    MailAttachment guestCalendarFile(Event event, EventRegistration guest) {
        IcsEntry entry = entries.entry(event, guest, false, guest.guestLanguage(), null);
        return MailAttachment.calendar(
                EventCalendarService.fileName(event.id(), guest.guestLanguage()),
                writer.write(event.getTitle(), List.of(entry)));
    }

    private MailAttachment calendarFile(Event event, EventRegistration registration, MemberIdentity member) {
        IcsEntry entry = entries.entry(
                event, registration, EventCalendarService.holdsOnlineSeat(registration), member.language(), null);
        return MailAttachment.calendar(
                EventCalendarService.fileName(event.id(), member.language()),
                writer.write(event.getTitle(), List.of(entry)));
    }
}
