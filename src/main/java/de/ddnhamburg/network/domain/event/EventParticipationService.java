package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.group.GroupLookup;
import de.ddnhamburg.network.domain.member.ParticipantProfile;
import de.ddnhamburg.network.domain.member.ParticipantProfiles;
import de.ddnhamburg.network.domain.member.TopicItem;
import de.ddnhamburg.network.domain.member.TopicService;
import de.ddnhamburg.network.security.Roles;
import java.text.Collator;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The social side of an event page: whom participants agreed to show, and with whom I have
 * something in common. Nobody appears without opting in ("show me as participant", off by default),
 * and only as the directory would show them: a hidden profile stays hidden, closed details stay
 * closed. "Wer noch kommt" draws from the same opted-in list, so it reveals no one the participant
 * list would not.
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.MEMBER + "')")
public class EventParticipationService {

    private final EventRepository events;
    private final EventRegistrationRepository registrations;
    private final EventViewers viewers;
    private final ParticipantProfiles profiles;
    private final GroupLookup groups;
    private final TopicService topics;

    EventParticipationService(
            EventRepository events,
            EventRegistrationRepository registrations,
            EventViewers viewers,
            ParticipantProfiles profiles,
            GroupLookup groups,
            TopicService topics) {
        this.events = events;
        this.registrations = registrations;
        this.viewers = viewers;
        this.profiles = profiles;
        this.groups = groups;
        this.topics = topics;
    }

    /**
     * The extras of an event I may see; one I may not see does not exist for me. A guest (a public
     * event's page) gets the address only: participants show themselves to members, not to the public.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public EventExtras extras(long eventId, Locale locale) {
        EventViewer viewer = viewers.current();
        Event event = events.findById(eventId).filter(viewer::maySee).orElseThrow(NotFoundException::new);
        if (viewer.isGuest()) {
            return new EventExtras(eventId, event.getAddress(), false, null, List.of(), List.of(), false);
        }
        long me = Objects.requireNonNull(viewer.memberId());
        Optional<EventRegistration> mine =
                registrations.findByEventIdAndMemberId(eventId, me).filter(EventRegistration::isActive);
        List<ParticipantProfile> listed = listedParticipants(eventId);
        Collator collator = Collator.getInstance(locale);
        List<ParticipantName> names = listed.stream()
                .map(profile -> new ParticipantName(profile.id(), profile.displayName(), profile.organisation()))
                .sorted(Comparator.comparing(ParticipantName::displayName, collator))
                .toList();
        return new EventExtras(
                eventId,
                event.getAddress(),
                viewer.mayOrganise(event),
                mine.map(EventRegistration::isShownAsParticipant).orElse(null),
                names,
                fellows(me, viewer.groups(), listed, locale, collator),
                true);
    }

    /**
     * Whether I appear in the event's participant list. Only with an active registration; while
     * waiting, the choice is kept for when I get a seat.
     */
    public void showMe(long eventId, boolean shown) {
        EventViewer viewer = viewers.current();
        if (events.findById(eventId).filter(viewer::maySee).isEmpty()) {
            throw new NotFoundException();
        }
        EventRegistration mine = registrations
                .findByEventIdAndMemberId(eventId, Objects.requireNonNull(viewer.memberId()))
                .filter(EventRegistration::isActive)
                .orElseThrow(() -> new DomainException("event.participants.notRegistered"));
        mine.showAsParticipant(shown);
    }

    private List<ParticipantProfile> listedParticipants(long eventId) {
        List<Long> optedIn =
                registrations.findByEventIdAndStatusIn(eventId, List.of(RegistrationStatus.CONFIRMED)).stream()
                        .filter(EventRegistration::isShownAsParticipant)
                        .map(EventRegistration::getMemberId)
                        .filter(java.util.Objects::nonNull)
                        .toList();
        return profiles.of(optedIn).values().stream()
                .filter(ParticipantProfile::listed)
                .toList();
    }

    private List<FellowParticipant> fellows(
            long me, Set<Long> myGroups, List<ParticipantProfile> listed, Locale locale, Collator collator) {
        List<ParticipantProfile> others =
                listed.stream().filter(profile -> profile.id() != me).toList();
        if (others.isEmpty()) {
            return List.of();
        }
        Set<Long> myTopics = profiles.ownTopicIds(me);
        Map<Long, String> topicNames =
                topics.findAll(locale).stream().collect(Collectors.toMap(TopicItem::id, TopicItem::name, (a, b) -> a));
        Map<Long, String> groupNames = groups.names(myGroups);
        return others.stream()
                .map(other -> {
                    Set<Long> sharedGroups = new HashSet<>(groups.activeGroupsOf(other.id()));
                    sharedGroups.retainAll(myGroups);
                    return new FellowParticipant(
                            other.id(),
                            other.displayName(),
                            other.organisation(),
                            names(
                                    other.openTopicIds().stream()
                                            .filter(myTopics::contains)
                                            .toList(),
                                    topicNames,
                                    collator),
                            names(List.copyOf(sharedGroups), groupNames, collator));
                })
                .filter(fellow -> !fellow.sharedTopics().isEmpty()
                        || !fellow.sharedGroups().isEmpty())
                .sorted(Comparator.comparingInt((FellowParticipant fellow) ->
                                -(fellow.sharedTopics().size()
                                        + fellow.sharedGroups().size()))
                        .thenComparing(FellowParticipant::displayName, collator))
                .toList();
    }

    private static List<String> names(List<Long> ids, Map<Long, String> names, Collator collator) {
        return ids.stream()
                .map(names::get)
                .filter(Objects::nonNull)
                .sorted(collator)
                .toList();
    }
}
