package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.common.RetryOnLostRace;
import de.ddnhamburg.network.security.CurrentUser;
import de.ddnhamburg.network.security.Roles;
import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in member's switch for the mail the day after an event ({@link FollowUpReminders}),
 * on their account page. On by default; it concerns that mail only.
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.MEMBER + "')")
public class FollowUpPreferenceService {

    private final FollowUpOptOuts optOuts;
    private final CurrentUser currentUser;
    private final Clock clock;

    FollowUpPreferenceService(FollowUpOptOuts optOuts, CurrentUser currentUser, Clock clock) {
        this.optOuts = optOuts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean receivesFollowUps() {
        return optOuts.since(currentUser.requireMemberId()).isEmpty();
    }

    /** The same choice again changes nothing, also when two clicks race. */
    @RetryOnLostRace
    public void receiveFollowUps(boolean receive) {
        long memberId = currentUser.requireMemberId();
        if (receive) {
            optOuts.switchOn(memberId);
        } else {
            optOuts.switchOff(memberId, clock.instant());
        }
    }
}
