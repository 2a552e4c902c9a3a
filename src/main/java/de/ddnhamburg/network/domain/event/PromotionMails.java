package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.mail.MailOutbox;
import de.ddnhamburg.network.domain.mail.MailRequest;
import de.ddnhamburg.network.domain.mail.MailTemplate;
import de.ddnhamburg.network.domain.member.MemberLookup;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Tells those whom {@link SeatAllocation#release} gave a seat, members and guests alike, whoever
 * freed it: a member cancelling, a guest cancelling by link, or an expired guest hold.
 */
@Component
class PromotionMails {

    private final MemberLookup members;
    private final MailOutbox outbox;
    private final GuestMails guests;

    PromotionMails(MemberLookup members, MailOutbox outbox, GuestMails guests) {
        this.members = members;
        this.outbox = outbox;
        this.guests = guests;
    }

    void mail(Event event, List<EventRegistration> promoted) {
        for (EventRegistration registration : promoted) {
            Long memberId = registration.getMemberId();
            if (memberId == null) {
                guests.promoted(event, registration);
                continue;
            }
            members.find(memberId).ifPresent(member -> outbox.enqueue(MailRequest.of(
                    "event.promoted:" + registration.id() + ":" + registration.getRegisteredAt().toEpochMilli(),
                    member.email(), member.language(), MailTemplate.EVENT_SEAT_PROMOTED, member.displayName(),
                    event.getTitle(), event.getStartsAt())));
        }
    }
}
