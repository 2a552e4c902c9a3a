package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.mail.MailOutbox;
import de.ddnhamburg.network.domain.mail.MailRequest;
import de.ddnhamburg.network.domain.mail.MailTemplate;
import de.ddnhamburg.network.domain.member.MemberIdentity;
import de.ddnhamburg.network.domain.member.MemberLookup;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** The mails an organiser's change or cancellation of an event sends, queued in the change's own transaction. */
@Component
class EventChangeMails {

    private final MailOutbox outbox;
    private final MemberLookup members;
    private final PromotionMails promotions;
    private final GuestMails guests;

    EventChangeMails(MailOutbox outbox, MemberLookup members, PromotionMails promotions, GuestMails guests) {
        this.outbox = outbox;
        this.members = members;
        this.promotions = promotions;
        this.guests = guests;
    }

    /**
     * A raised capacity gave waiting members and guests a seat; the mails are those of a
     * cancellation's promotion, with the same fact keys.
     */
    void promoted(Event event, List<EventRegistration> promoted) {
        promotions.mail(event, promoted);
    }

    /** Like {@link #changed}, for the confirmed guests among those holding a seat. */
    void changedForGuests(Event event, List<EventRegistration> confirmed) {
        confirmed.stream().filter(EventRegistration::isGuest).forEach(guest -> guests.changed(event, guest));
    }

    /** The event was cancelled: everyone registered (confirmed or waiting), member or guest, hears of it once. */
    void cancelled(Event event, List<EventRegistration> registered) {
        registered.stream().filter(EventRegistration::isGuest).forEach(guest -> guests.eventCancelled(event, guest));
        List<Long> memberIds = registered.stream()
                .map(EventRegistration::getMemberId)
                .filter(Objects::nonNull)
                .toList();
        for (MemberIdentity member : members.findAll(memberIds).values()) {
            outbox.enqueue(MailRequest.of(
                    "event.cancelled:" + event.id() + ":" + member.id(),
                    member.email(),
                    member.language(),
                    MailTemplate.EVENT_CANCELLED,
                    member.displayName(),
                    event.getTitle(),
                    event.getStartsAt()));
        }
    }

    /**
     * A narrowed audience released these registrations: each hears of it once per registering.
     * Guests who never confirmed their address are not mailed, as with a cancellation.
     */
    void released(Event event, List<EventRegistration> released) {
        for (EventRegistration registration : released) {
            String fact = "event.released:" + registration.id() + ":"
                    + registration.getRegisteredAt().toEpochMilli();
            Long memberId = registration.getMemberId();
            if (memberId == null) {
                guests.released(event, registration, fact);
                continue;
            }
            members.find(memberId)
                    .ifPresent(member -> outbox.enqueue(MailRequest.of(
                            fact,
                            member.email(),
                            member.language(),
                            MailTemplate.EVENT_REGISTRATION_RELEASED,
                            member.displayName(),
                            event.getTitle(),
                            event.getStartsAt())));
        }
    }

    /**
     * Time, place, link or format changed: everyone holding a seat hears of it. The change counter
     * is part of the fact key, so a second change mails again and a retried one does not.
     */
    void changed(Event event, List<Long> confirmedMemberIds) {
        for (MemberIdentity member : members.findAll(confirmedMemberIds).values()) {
            outbox.enqueue(MailRequest.of(
                    "event.changed:" + event.id() + ":" + event.getSequenceNumber() + ":" + member.id(),
                    member.email(),
                    member.language(),
                    MailTemplate.EVENT_CHANGED,
                    member.displayName(),
                    event.getTitle(),
                    event.getStartsAt(),
                    event.getEndsAt()));
        }
    }
}
