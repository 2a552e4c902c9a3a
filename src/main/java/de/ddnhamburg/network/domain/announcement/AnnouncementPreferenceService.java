package de.ddnhamburg.network.domain.announcement;

import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.audit.AuditService;
import de.ddnhamburg.network.domain.common.RetryOnLostRace;
import de.ddnhamburg.network.security.CurrentUser;
import de.ddnhamburg.network.security.Roles;
import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in member's switch for announcements, on their account page. It concerns
 * announcements only: mails about their own registrations, contacts, groups and account keep
 * coming. Switching off also stops announcements already being sent, for the batches not yet sent.
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.MEMBER + "')")
public class AnnouncementPreferenceService {

    private final AnnouncementOptOuts optOuts;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    AnnouncementPreferenceService(
            AnnouncementOptOuts optOuts, AuditService audit, CurrentUser currentUser, Clock clock) {
        this.optOuts = optOuts;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean receivesAnnouncements() {
        return optOuts.since(currentUser.requireMemberId()).isEmpty();
    }

    /**
     * Switches announcements on or off; the same choice again changes (and records) nothing, also
     * when two clicks race (the second insert loses on the member's key and is run again).
     */
    @RetryOnLostRace
    public void receiveAnnouncements(boolean receive) {
        long memberId = currentUser.requireMemberId();
        boolean changed = receive ? optOuts.switchOn(memberId) : optOuts.switchOff(memberId, clock.instant());
        if (changed) {
            audit.record(
                    receive ? AuditAction.ANNOUNCEMENTS_SWITCHED_ON : AuditAction.ANNOUNCEMENTS_SWITCHED_OFF,
                    "member:" + memberId,
                    null);
        }
    }
}
