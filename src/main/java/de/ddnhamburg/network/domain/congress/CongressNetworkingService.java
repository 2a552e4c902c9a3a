package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.group.GroupLookup;
import de.ddnhamburg.network.domain.member.ParticipantProfile;
import de.ddnhamburg.network.domain.member.ParticipantProfiles;
import de.ddnhamburg.network.domain.member.TopicItem;
import de.ddnhamburg.network.domain.member.TopicService;
import de.ddnhamburg.network.security.CurrentUser;
import java.text.Collator;
import java.util.Collection;
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
 * "Wer ist noch dabei" on a session's page: the participants who opted in to the participant list
 * and hold a seat in it (for a session without a choice: a confirmed place at the congress), shown
 * to members as the directory would show them ({@code member.ParticipantProfiles}: listed profiles
 * only, organisation and topics only where opened to all members), with the topics and groups the
 * viewer shares with each. Guests learn how many showed themselves, never who.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("permitAll()")
public class CongressNetworkingService {

    private final CongressCatalogue catalogue;
    private final CongressSessionRepository sessions;
    private final CongressSessionChoiceRepository choices;
    private final CongressRegistrationRepository registrations;
    private final ParticipantProfiles profiles;
    private final TopicService topics;
    private final GroupLookup groups;
    private final CurrentUser currentUser;

    CongressNetworkingService(
            CongressCatalogue catalogue,
            CongressSessionRepository sessions,
            CongressSessionChoiceRepository choices,
            CongressRegistrationRepository registrations,
            ParticipantProfiles profiles,
            TopicService topics,
            GroupLookup groups,
            CurrentUser currentUser) {
        this.catalogue = catalogue;
        this.sessions = sessions;
        this.choices = choices;
        this.registrations = registrations;
        this.profiles = profiles;
        this.topics = topics;
        this.groups = groups;
        this.currentUser = currentUser;
    }

    public SessionCompany company(long congressId, long sessionId, Locale locale) {
        Congress congress = catalogue.visible(congressId);
        CongressSession session = sessions.findById(sessionId)
                .filter(candidate -> candidate.getCongressId() == congress.id())
                .orElseThrow(NotFoundException::new);
        boolean isChoice =
                catalogue.choices(congress.id()).stream().anyMatch(slot -> slot.slotId() == session.getSlotId());
        Collection<Long> registrationIds = isChoice
                ? choices.findSeatedRegistrationIds(session.id())
                : registrations
                        .findByCongressIdAndStatusOrderByRegisteredAtAsc(
                                congress.id(), CongressRegistrationStatus.CONFIRMED)
                        .stream()
                        .map(CongressRegistration::id)
                        .toList();
        List<Long> optedIn = registrationIds.isEmpty()
                ? List.of()
                : registrations.findByIdIn(registrationIds).stream()
                        .filter(registration -> registration.getStatus() == CongressRegistrationStatus.CONFIRMED
                                && registration.isShowInParticipants())
                        .map(CongressRegistration::getMemberId)
                        .filter(Objects::nonNull)
                        .toList();
        List<ParticipantProfile> listed = profiles.of(optedIn).values().stream()
                .filter(ParticipantProfile::listed)
                .toList();
        Optional<Long> me = currentUser.memberId();
        if (me.isEmpty()) {
            return new SessionCompany(session.id(), false, listed.size(), List.of());
        }
        return new SessionCompany(session.id(), true, listed.size(), fellows(me.get(), listed, locale));
    }

    private List<CongressFellow> fellows(long me, List<ParticipantProfile> listed, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        Set<Long> myTopics = profiles.ownTopicIds(me);
        Set<Long> myGroups = groups.activeGroupsOf(me);
        Map<Long, String> topicNames =
                topics.findAll(locale).stream().collect(Collectors.toMap(TopicItem::id, TopicItem::name, (a, b) -> a));
        Map<Long, String> groupNames = groups.names(myGroups);
        return listed.stream()
                .filter(other -> other.id() != me)
                .map(other -> {
                    Set<Long> sharedGroups = new HashSet<>(groups.activeGroupsOf(other.id()));
                    sharedGroups.retainAll(myGroups);
                    return new CongressFellow(
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
                .sorted(Comparator.comparingInt((CongressFellow fellow) ->
                                -(fellow.sharedTopics().size()
                                        + fellow.sharedGroups().size()))
                        .thenComparing(CongressFellow::displayName, collator))
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
