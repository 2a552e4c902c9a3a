package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.common.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may organise which event, in one place for every organiser's action (create, edit, publish,
 * cancel, duplicate): admins every event; a group's moderators the events their group organises,
 * and only those (so never an event without organising group). The rule itself is
 * {@link EventViewer#mayOrganise}; this applies it to the current caller.
 */
@Component
class EventOrganisers {

    private final EventViewers viewers;

    EventOrganisers(EventViewers viewers) {
        this.viewers = viewers;
    }

    /** Refuses a draft whose organising group I may not organise for. */
    EventViewer requireMayCreate(EventDraft draft) {
        EventViewer viewer = viewers.current();
        if (viewer.isGuest() || !viewer.mayOrganiseFor(draft.groupId())) {
            throw new AccessDeniedException("Only admins, and moderators for their own group's events");
        }
        return viewer;
    }

    /** An event I cannot see does not exist for me; one I can see but not organise is refused. */
    EventViewer requireMayOrganise(Event event) {
        EventViewer viewer = viewers.current();
        if (!viewer.maySee(event)) {
            throw new NotFoundException();
        }
        if (viewer.isGuest() || !viewer.mayOrganise(event)) {
            throw new AccessDeniedException("Only the event's organisers");
        }
        return viewer;
    }
}
