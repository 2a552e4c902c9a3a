package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.group.GroupLookup;
import de.ddnhamburg.network.security.Roles;
import java.text.Collator;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the signed-in member may organise: whether they may create or edit events, for which groups,
 * and the drafts waiting for them. Pages ask it to show or hide the organisers' buttons; the changes
 * themselves are checked again in {@link EventService}, since a hidden button protects nothing. The
 * answers come from the same {@link EventViewer} rules as {@link EventOrganisers}' checks.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.MEMBER + "')")
public class MyEventOrganisingService {

    private final EventRepository events;
    private final EventViewers viewers;
    private final GroupLookup groups;

    MyEventOrganisingService(EventRepository events, EventViewers viewers, GroupLookup groups) {
        this.events = events;
        this.viewers = viewers;
        this.groups = groups;
    }

    /** Whether I may create events at all (admins, moderators of a group); guests may not. */
    @PreAuthorize("permitAll()")
    public boolean mayCreate() {
        EventViewer viewer = viewers.current();
        return !viewer.isGuest() && viewer.mayOrganiseAny();
    }

    /** Whether I may edit the event; {@code false} also for one that does not exist for me. */
    @PreAuthorize("permitAll()")
    public boolean mayOrganise(long eventId) {
        EventViewer viewer = viewers.current();
        return !viewer.isGuest()
                && events.findById(eventId).filter(viewer::mayOrganise).isPresent();
    }

    /** The groups I may name as organiser: all open groups for admins, my moderated ones for moderators. */
    public OrganiserChoices organiserChoices() {
        EventViewer viewer = viewers.current();
        Collator collator = Collator.getInstance(Locale.GERMAN);
        List<GroupChoice> choices = groups.allOpenGroups().entrySet().stream()
                .filter(group -> viewer.mayOrganiseFor(group.getKey()))
                .map(group -> new GroupChoice(group.getKey(), group.getValue()))
                .sorted(Comparator.comparing(GroupChoice::name, collator))
                .toList();
        return new OrganiserChoices(choices, viewer.mayOrganiseFor(null));
    }

    /** Drafts I may organise, soonest first, so that they can be found again before publishing. */
    @PreAuthorize("permitAll()")
    public List<EventCard> drafts() {
        EventViewer viewer = viewers.current();
        if (viewer.isGuest() || !viewer.mayOrganiseAny()) {
            return List.of();
        }
        // Every draft, past ones too: the query of upcoming events with the earliest possible end.
        return events.findByStatusAndEndsAtAfterOrderByStartsAtAsc(EventStatus.DRAFT, Instant.EPOCH).stream()
                .filter(viewer::mayOrganise)
                .map(EventCard::of)
                .toList();
    }
}
