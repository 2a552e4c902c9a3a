package de.ddnhamburg.network.domain.congress.checkin;

import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.congress.CongressStatus;
import de.ddnhamburg.network.domain.congress.DeskCongress;
import de.ddnhamburg.network.domain.congress.DeskLookup;
import de.ddnhamburg.network.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Which congress's desk the caller may open: admins any edition but a draft; the door team only a
 * published one (registration open or closed), from {@code opens-before} before its first day until
 * the end of its last day. Outside that time the door team sees nobody's registration.
 */
@Component
class CheckInAccess {

    private final DeskLookup lookup;
    private final CurrentUser currentUser;
    private final CheckInProperties properties;
    private final Clock clock;

    CheckInAccess(DeskLookup lookup, CurrentUser currentUser, CheckInProperties properties, Clock clock) {
        this.lookup = lookup;
        this.currentUser = currentUser;
        this.properties = properties;
        this.clock = clock;
    }

    /** @throws NotFoundException for an unknown edition or a draft; DomainException outside the door's time */
    DeskCongress open(long congressId) {
        DeskCongress congress = lookup.congress(congressId)
                .filter(found -> found.status() != CongressStatus.DRAFT)
                .orElseThrow(NotFoundException::new);
        if (currentUser.isAdmin()) {
            return congress;
        }
        if (!congress.status().isPublic()) {
            throw new DomainException("checkin.closed");
        }
        Instant now = clock.instant();
        if (now.isBefore(opensAt(congress))) {
            throw new DomainException("checkin.notYet");
        }
        if (!now.isBefore(congress.endsAt())) {
            throw new DomainException("checkin.closed");
        }
        return congress;
    }

    /** The editions the caller may open now. */
    List<DeskCongress> openable() {
        boolean admin = currentUser.isAdmin();
        Instant now = clock.instant();
        return lookup.congresses().stream()
                .filter(congress -> congress.status() != CongressStatus.DRAFT)
                .filter(congress -> admin
                        || (congress.status().isPublic()
                                && !now.isBefore(opensAt(congress))
                                && now.isBefore(congress.endsAt())))
                .toList();
    }

    private Instant opensAt(DeskCongress congress) {
        return congress.startsAt().minus(properties.opensBefore());
    }
}
