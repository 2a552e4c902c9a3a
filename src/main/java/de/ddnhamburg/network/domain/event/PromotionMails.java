package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.member.MemberLookup;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Tells those whom {@link SeatAllocation#release} gave a seat, members and guests alike, whoever
 * freed it: a member cancelling, a guest cancelling by link, or an expired guest hold. Members get
 * the event's .ics with it ({@link RegistrationMails#promoted}).
 */
@Component
class PromotionMails {

    private final MemberLookup members;
    private final RegistrationMails mails;
    private final GuestMails guests;

    PromotionMails(MemberLookup members, RegistrationMails mails, GuestMails guests) {
        this.members = members;
        this.mails = mails;
        this.guests = guests;
    }

    void mail(Event event, List<EventRegistration> promoted) {
        for (EventRegistration registration : promoted) {
            Long memberId = registration.getMemberId();
            if (memberId == null) {
                guests.promoted(event, registration);
                continue;
            }
            members.find(memberId).ifPresent(member -> mails.promoted(event, registration, member));
        }
    }
}
