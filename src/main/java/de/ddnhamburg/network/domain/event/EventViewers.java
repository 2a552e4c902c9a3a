package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.group.GroupLookup;
import de.ddnhamburg.network.domain.group.MemberGroups;
import de.ddnhamburg.network.security.CurrentUser;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The {@link EventViewer} of the current request: a guest, a member with their groups, or an admin. */
@Component
class EventViewers {

    private final CurrentUser currentUser;
    private final GroupLookup groups;

    EventViewers(CurrentUser currentUser, GroupLookup groups) {
        this.currentUser = currentUser;
        this.groups = groups;
    }

    EventViewer current() {
        Optional<Long> memberId = currentUser.memberId();
        if (memberId.isEmpty()) {
            return EventViewer.guest();
        }
        long id = memberId.get();
        MemberGroups mine = groups.groupsOf(id);
        return new EventViewer(id, isAdmin(), mine.active(), mine.moderated());
    }

    boolean isAdmin() {
        return currentUser.isAdmin();
    }
}
