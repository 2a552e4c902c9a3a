package de.ddnhamburg.network.support;

import de.ddnhamburg.network.domain.event.EventParticipationService;
import de.ddnhamburg.network.domain.event.EventRegistrationService;
import de.ddnhamburg.network.domain.event.SeatKind;
import de.ddnhamburg.network.domain.member.LoginAccount;

/**
 * Members at an event, for the tests of what happens around and after it (participant list, "Wen
 * habe ich getroffen?", shared events, "kennengelernt bei"): each takes an in-person seat and is
 * shown in the participant list or not.
 */
public record Participants(
        TestMembers testMembers, EventRegistrationService registrations, EventParticipationService participation) {

    /** A new member without topics (so that other tests' suggestions stay theirs), registered. */
    public LoginAccount registered(long eventId, String firstName, String lastName, boolean shown) {
        LoginAccount account = Groups.member(testMembers, firstName, lastName);
        take(eventId, account, shown);
        return account;
    }

    /** The member registers for an in-person seat and chooses whether to be shown. */
    public void take(long eventId, LoginAccount account, boolean shown) {
        Acting.run(account, () -> {
            registrations.register(eventId, SeatKind.IN_PERSON);
            participation.showMe(eventId, shown);
        });
    }
}
