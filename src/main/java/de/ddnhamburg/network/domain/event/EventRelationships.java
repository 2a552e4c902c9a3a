package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.group.GroupLookup;
import de.ddnhamburg.network.domain.group.MemberGroups;
import de.ddnhamburg.network.domain.member.EventRef;
import de.ddnhamburg.network.domain.member.MemberEventLookup;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The event feature's answers to the member feature ({@link MemberEventLookup}): events two members
 * share for "Gemeinsamkeiten" and the suggestions (issue 16). Only confirmed places count, only the
 * other's registration if they opted in to the participant list, never drafts or cancelled events,
 * and only events the viewer may see: by the event's audience ({@link EventViewer#maySee}) and, for
 * an event a group organises, by whether the viewer may see that group ({@code
 * ExpertGroup.isVisibleTo}), so that a hidden group's events stay unknown outside it.
 */
@Component
@Transactional(readOnly = true)
class EventRelationships implements MemberEventLookup {

    private static final int MAX_FELLOWS = 500;

    private final EventRegistrationRepository registrations;
    private final EventRepository events;
    private final EventViewers viewers;
    private final GroupLookup groups;

    EventRelationships(
            EventRegistrationRepository registrations,
            EventRepository events,
            EventViewers viewers,
            GroupLookup groups) {
        this.registrations = registrations;
        this.events = events;
        this.viewers = viewers;
        this.groups = groups;
    }

    @Override
    public List<EventRef> sharedEvents(long memberId, long otherMemberId) {
        return visible(memberId, registrations.findSharedEventIds(memberId, otherMemberId)).stream()
                .sorted((a, b) -> b.getStartsAt().compareTo(a.getStartsAt()))
                .map(event -> new EventRef(event.id(), event.getTitle()))
                .toList();
    }

    @Override
    public Set<Long> fellowParticipants(long memberId) {
        List<Object[]> rows = registrations.findFellowParticipants(memberId);
        if (rows.isEmpty()) {
            return Set.of();
        }
        Set<Long> visibleIds = visible(
                        memberId,
                        rows.stream()
                                .map(row -> ((Number) Objects.requireNonNull(row[1])).longValue())
                                .collect(Collectors.toSet()))
                .stream()
                .map(Event::id)
                .collect(Collectors.toSet());
        Set<Long> fellows = new HashSet<>();
        for (Object[] row : rows) {
            if (fellows.size() < MAX_FELLOWS
                    && visibleIds.contains(((Number) Objects.requireNonNull(row[1])).longValue())) {
                fellows.add(((Number) Objects.requireNonNull(row[0])).longValue());
            }
        }
        return fellows;
    }

    private List<Event> visible(long memberId, Collection<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        EventViewer viewer = viewerFor(memberId);
        List<Event> candidates = events.findAllById(Set.copyOf(eventIds)).stream()
                .filter(event -> event.getStatus() == EventStatus.PUBLISHED)
                .filter(viewer::maySee)
                .toList();
        Set<Long> groupIds = candidates.stream()
                .map(Event::getGroupId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, String> visibleGroups = groups.visibleNames(groupIds, memberId, viewer.admin());
        return candidates.stream()
                .filter(event -> event.getGroupId() == null || visibleGroups.containsKey(event.getGroupId()))
                .toList();
    }

    /** The signed-in member as they see events; anyone else as a member without admin rights. */
    private EventViewer viewerFor(long memberId) {
        EventViewer current = viewers.current();
        if (Objects.equals(current.memberId(), memberId)) {
            return current;
        }
        MemberGroups mine = groups.groupsOf(memberId);
        return new EventViewer(memberId, false, mine.active(), mine.moderated());
    }
}
