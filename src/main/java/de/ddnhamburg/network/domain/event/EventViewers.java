package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.group.GroupLookup;
import de.ddnhamburg.network.domain.group.MemberGroups;
import de.ddnhamburg.network.security.CurrentUser;
import java.util.Optional;
import java.util.Set;
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

    /**
     * The current viewer for deciding about one event, with their groups read only if seeing that
     * event depends on them (see {@link #dependsOnGroups}). Registering asks this on every
     * registration, most of them for public and members' events, and the groups were one of its
     * database reads. The viewer is good for that event only: {@link #withGroups} completes it.
     */
    EventViewer currentFor(Event event) {
        Optional<Long> memberId = currentUser.memberId();
        if (memberId.isEmpty()) {
            return EventViewer.guest();
        }
        boolean admin = isAdmin();
        EventViewer withoutGroups = new EventViewer(memberId.get(), admin, Set.of(), Set.of());
        return dependsOnGroups(event, admin) ? withGroups(withoutGroups) : withoutGroups;
    }

    /** The viewer with their groups, read now; needs no request, so it works on any thread. */
    EventViewer withGroups(EventViewer viewer) {
        Long id = viewer.memberId();
        if (id == null) {
            return viewer;
        }
        MemberGroups mine = groups.groupsOf(id);
        return new EventViewer(id, viewer.admin(), mine.active(), mine.moderated());
    }

    /**
     * Whether a member's groups decide if they may see the event: a draft (moderators of its group
     * organise it) or an event for a group's members. Admins see every event whatever their groups.
     */
    static boolean dependsOnGroups(Event event, boolean admin) {
        return !admin && (event.getStatus() == EventStatus.DRAFT || event.getAudience() == EventAudience.GROUP_MEMBERS);
    }

    boolean isAdmin() {
        return currentUser.isAdmin();
    }
}
