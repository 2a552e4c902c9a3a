package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.security.Roles;
import java.text.Collator;
import java.time.Clock;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After an event: "Wen habe ich getroffen?" (issue 16). Only a member who was there ({@link
 * EventEncounters}) may look back, and only once the event is over; they see the others who were
 * there and opted in to the participant list, never guests. A contact request that names the event
 * as where the two met is allowed only between such people ({@link #met}).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.MEMBER + "')")
public class EventFollowUpService {

    private final EventRepository events;
    private final EventViewers viewers;
    private final EventEncounters encounters;
    private final Clock clock;

    EventFollowUpService(EventRepository events, EventViewers viewers, EventEncounters encounters, Clock clock) {
        this.events = events;
        this.viewers = viewers;
        this.encounters = encounters;
        this.clock = clock;
    }

    /**
     * The people I met at the event, by name. An event I may not see does not exist for me; one
     * that is not over, or where I was not, has nobody to show.
     */
    public PeopleMet peopleMet(long eventId, Locale locale) {
        EventViewer viewer = viewers.current();
        Event event = visible(viewer, eventId).orElseThrow(NotFoundException::new);
        long me = Objects.requireNonNull(viewer.memberId());
        if (!isOver(event)) {
            throw new DomainException("event.met.notOver");
        }
        if (!encounters.wasThere(eventId, me)) {
            throw new DomainException("event.met.notThere");
        }
        Collator collator = Collator.getInstance(locale);
        return new PeopleMet(
                eventId,
                event.getTitle(),
                event.getStartsAt(),
                encounters.metBy(eventId, me).stream()
                        .map(profile -> new PersonMet(profile.id(), profile.displayName(), profile.organisation()))
                        .sorted(Comparator.comparing(PersonMet::displayName, collator))
                        .toList());
    }

    /** Whether the event page offers "Wen habe ich getroffen?": it is over and I was there. */
    public boolean mayLookBack(long eventId) {
        EventViewer viewer = viewers.current();
        return visible(viewer, eventId)
                .filter(this::isOver)
                .filter(event -> encounters.wasThere(eventId, Objects.requireNonNull(viewer.memberId())))
                .isPresent();
    }

    /** Whether I may name the event as where I met {@code otherMemberId}: I would see them on my list. */
    public boolean met(long eventId, long otherMemberId) {
        EventViewer viewer = viewers.current();
        return visible(viewer, eventId)
                .filter(this::isOver)
                .filter(event -> encounters.metBy(eventId, Objects.requireNonNull(viewer.memberId())).stream()
                        .anyMatch(profile -> profile.id() == otherMemberId))
                .isPresent();
    }

    /** The title of an event I may see, for "kennengelernt bei …"; empty for one I may not see. */
    public Optional<String> visibleTitle(long eventId) {
        return visible(viewers.current(), eventId).map(Event::getTitle);
    }

    private Optional<Event> visible(EventViewer viewer, long eventId) {
        return events.findById(eventId)
                .filter(event -> event.getStatus() != EventStatus.DRAFT)
                .filter(viewer::maySee);
    }

    private boolean isOver(Event event) {
        return event.getStatus() == EventStatus.PUBLISHED && !event.getEndsAt().isAfter(clock.instant());
    }
}
