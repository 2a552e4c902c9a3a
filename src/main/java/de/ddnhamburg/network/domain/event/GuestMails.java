package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.common.PublicLinks;
import de.ddnhamburg.network.domain.mail.MailAttachment;
import de.ddnhamburg.network.domain.mail.MailOutbox;
import de.ddnhamburg.network.domain.mail.MailRequest;
import de.ddnhamburg.network.domain.mail.MailTemplate;
import java.time.Instant;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** The mails to guests, queued in the caller's transaction. */
@Component
class GuestMails {

    private final MailOutbox outbox;
    private final GuestTokens tokens;
    private final PublicLinks links;
    private final RegistrationMails calendar;

    GuestMails(MailOutbox outbox, GuestTokens tokens, PublicLinks links, RegistrationMails calendar) {
        this.outbox = outbox;
        this.tokens = tokens;
        this.links = links;
        this.calendar = calendar;
    }

    /** A new confirmation link, valid while the registration holds its place; older ones stop working. */
    void confirmationLink(Event event, EventRegistration guest) {
        tokens.revokeAll(guest.id(), GuestTokenPurpose.CONFIRM);
        Instant until = Objects.requireNonNull(guest.getHoldExpiresAt());
        GuestTokens.Issued token = tokens.issue(guest, GuestTokenPurpose.CONFIRM, until);
        send(
                "event.guest.confirm:" + guest.id() + ":" + token.id(),
                guest,
                MailTemplate.EVENT_GUEST_CONFIRM,
                event.getTitle(),
                event.getStartsAt(),
                links.withToken(PublicLinks.GUEST_CONFIRM, token.secret()),
                until);
    }

    /** After confirming: the seat or the waiting place, with a link to cancel and the event's .ics. */
    void confirmed(Event event, EventRegistration guest) {
        GuestTokens.Issued cancel = tokens.issue(guest, GuestTokenPurpose.CANCEL, null);
        String link = links.withToken(PublicLinks.GUEST_CANCEL, cancel.secret());
        String fact = "event.guest.confirmed:" + guest.id() + ":" + cancel.id();
        MailAttachment ics = calendar.guestCalendarFile(event, guest);
        if (guest.getStatus() == RegistrationStatus.WAITLISTED) {
            send(
                    fact,
                    guest,
                    ics,
                    MailTemplate.EVENT_GUEST_WAITING,
                    event.getTitle(),
                    event.getStartsAt(),
                    Objects.requireNonNull(guest.getWaitingPosition()),
                    link);
        } else {
            send(fact, guest, ics, MailTemplate.EVENT_GUEST_SEAT, event.getTitle(), event.getStartsAt(), link);
        }
    }

    /**
     * A freed seat went to this guest. An unconfirmed guest is not mailed: the confirmation link
     * they have is still the way in, and confirming then tells them about the seat.
     */
    void promoted(Event event, EventRegistration guest) {
        if (guest.getGuestConfirmedAt() == null) {
            return;
        }
        GuestTokens.Issued cancel = tokens.issue(guest, GuestTokenPurpose.CANCEL, null);
        send(
                "event.guest.promoted:" + guest.id() + ":" + cancel.id(),
                guest,
                calendar.guestCalendarFile(event, guest),
                MailTemplate.EVENT_GUEST_PROMOTED,
                event.getTitle(),
                event.getStartsAt(),
                links.withToken(PublicLinks.GUEST_CANCEL, cancel.secret()));
    }

    /** To a confirmed guest whose address someone used again for the same event. */
    void alreadyRegistered(Event event, EventRegistration guest) {
        GuestTokens.Issued cancel = tokens.issue(guest, GuestTokenPurpose.CANCEL, null);
        send(
                "event.guest.already:" + guest.id() + ":" + cancel.id(),
                guest,
                MailTemplate.EVENT_GUEST_ALREADY_REGISTERED,
                event.getTitle(),
                event.getStartsAt(),
                links.withToken(PublicLinks.GUEST_CANCEL, cancel.secret()));
    }

    /** Time, place, link or format changed: the same mail as members get; not to unconfirmed addresses. */
    void changed(Event event, EventRegistration guest) {
        if (guest.getGuestConfirmedAt() == null) {
            return;
        }
        send(
                "event.changed:" + event.id() + ":" + event.getSequenceNumber() + ":guest:" + guest.id(),
                guest,
                MailTemplate.EVENT_CHANGED,
                event.getTitle(),
                event.getStartsAt(),
                event.getEndsAt());
    }

    /**
     * An organiser's message to the participants, as members get it; not to unconfirmed addresses.
     *
     * @return whether a new mail was queued
     */
    boolean organiserMessage(
            Event event,
            EventRegistration guest,
            java.util.UUID messageId,
            String subject,
            String text,
            String sender) {
        if (guest.getGuestConfirmedAt() == null) {
            return false;
        }
        return send(
                "event.message:" + event.id() + ":" + messageId + ":guest:" + guest.id(),
                guest,
                MailTemplate.EVENT_ORGANISER_MESSAGE,
                event.getTitle(),
                subject,
                text,
                sender);
    }

    /** The event was cancelled: the same mail as members get; not to addresses nobody confirmed. */
    void eventCancelled(Event event, EventRegistration guest) {
        if (guest.getGuestConfirmedAt() == null) {
            return;
        }
        send(
                "event.cancelled:" + event.id() + ":guest:" + guest.id(),
                guest,
                MailTemplate.EVENT_CANCELLED,
                event.getTitle(),
                event.getStartsAt());
    }

    /** The audience no longer admits guests: the same mail as members get; not to addresses nobody confirmed. */
    void released(Event event, EventRegistration guest, String fact) {
        if (guest.getGuestConfirmedAt() == null) {
            return;
        }
        send(fact, guest, MailTemplate.EVENT_REGISTRATION_RELEASED, event.getTitle(), event.getStartsAt());
    }

    private boolean send(String fact, EventRegistration guest, MailTemplate template, Object... params) {
        return outbox.enqueue(request(fact, guest, template, params));
    }

    private boolean send(
            String fact, EventRegistration guest, MailAttachment attachment, MailTemplate template, Object... params) {
        return outbox.enqueue(request(fact, guest, template, params).withAttachment(attachment));
    }

    private static MailRequest request(String fact, EventRegistration guest, MailTemplate template, Object... params) {
        Object[] withName = new Object[params.length + 1];
        withName[0] = Objects.requireNonNull(guest.getGuestName());
        System.arraycopy(params, 0, withName, 1, params.length);
        return MailRequest.of(
                fact, Objects.requireNonNull(guest.getGuestEmail()), guest.guestLanguage(), template, withName);
    }
}
