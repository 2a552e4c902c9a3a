package de.ddnhamburg.network.domain.event;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who looks at events, and so which of them they may see and organise. Guests see published
 * public events; members also members' events and those of their groups; organisers (admins, and
 * moderators for their group's events) see drafts too.
 *
 * @param memberId {@code null} for a guest without an account
 * @param groups groups the member belongs to
 * @param moderatedGroups groups the member moderates
 */
record EventViewer(@Nullable Long memberId, boolean admin, Set<Long> groups, Set<Long> moderatedGroups) {

    static EventViewer guest() {
        return new EventViewer(null, false, Set.of(), Set.of());
    }

    boolean isGuest() {
        return memberId == null;
    }

    boolean maySee(Event event) {
        if (event.getStatus() == EventStatus.DRAFT) {
            return mayOrganise(event);
        }
        return switch (event.getAudience()) {
            case PUBLIC -> true;
            case MEMBERS -> memberId != null;
            case GROUP_MEMBERS -> admin || inGroup(event.getGroupId(), groups) || mayOrganise(event);
        };
    }

    /** Admins organise every event; a moderator the events of the groups they moderate, and no others. */
    boolean mayOrganise(Event event) {
        return mayOrganiseFor(event.getGroupId());
    }

    /** Whether an event organised by that group (or by none, {@code null}) may be created or kept by me. */
    boolean mayOrganiseFor(@Nullable Long groupId) {
        return admin || inGroup(groupId, moderatedGroups);
    }

    /** Whether I may organise any event at all: admins, and moderators of at least one group. */
    boolean mayOrganiseAny() {
        return admin || !moderatedGroups.isEmpty();
    }

    private static boolean inGroup(@Nullable Long groupId, Set<Long> groupIds) {
        return groupId != null && groupIds.contains(groupId);
    }
}
