package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.mail.MailOutbox;
import de.ddnhamburg.network.domain.mail.MailRequest;
import de.ddnhamburg.network.domain.mail.MailTemplate;
import de.ddnhamburg.network.domain.member.MemberIdentity;
import de.ddnhamburg.network.domain.member.MemberLookup;
import java.util.List;
import org.springframework.stereotype.Component;

/** The mails an organiser's change of an event sends, queued in the change's own transaction. */
@Component
class EventChangeMails {

    private final MailOutbox outbox;
    private final MemberLookup members;

    EventChangeMails(MailOutbox outbox, MemberLookup members) {
        this.outbox = outbox;
        this.members = members;
    }

    /** A raised capacity gave waiting members a seat; the fact key is the one a cancellation's promotion uses. */
    void promoted(Event event, List<EventRegistration> promoted) {
        for (EventRegistration registration : promoted) {
            members.find(registration.getMemberId()).ifPresent(member -> outbox.enqueue(MailRequest.of(
                    "event.promoted:" + registration.id() + ":" + registration.getRegisteredAt().toEpochMilli(),
                    member.email(), member.language(), MailTemplate.EVENT_SEAT_PROMOTED, member.displayName(),
                    event.getTitle(), event.getStartsAt())));
        }
    }

    /**
     * Time, place, link or format changed: everyone holding a seat hears of it. The change counter
     * is part of the fact key, so a second change mails again and a retried one does not.
     */
    void changed(Event event, List<Long> confirmedMemberIds) {
        for (MemberIdentity member : members.findAll(confirmedMemberIds).values()) {
            outbox.enqueue(MailRequest.of("event.changed:" + event.id() + ":" + event.getSequenceNumber() + ":" + member.id(),
                    member.email(), member.language(), MailTemplate.EVENT_CHANGED, member.displayName(),
                    event.getTitle(), event.getStartsAt(), event.getEndsAt()));
        }
    }
}
