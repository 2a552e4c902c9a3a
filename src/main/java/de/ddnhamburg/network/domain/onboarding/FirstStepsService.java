package de.ddnhamburg.network.domain.onboarding;

import de.ddnhamburg.network.domain.contact.ContactReadService;
import de.ddnhamburg.network.domain.event.EventCard;
import de.ddnhamburg.network.domain.event.EventFormat;
import de.ddnhamburg.network.domain.event.EventRegistrationService;
import de.ddnhamburg.network.domain.event.EventType;
import de.ddnhamburg.network.domain.event.RegistrationStatus;
import de.ddnhamburg.network.domain.group.GroupCard;
import de.ddnhamburg.network.domain.group.GroupReadService;
import de.ddnhamburg.network.domain.group.GroupStanding;
import de.ddnhamburg.network.domain.group.JoinPolicy;
import de.ddnhamburg.network.domain.member.MemberProfileService;
import de.ddnhamburg.network.domain.member.OwnProfile;
import de.ddnhamburg.network.domain.member.TopicItem;
import de.ddnhamburg.network.security.Roles;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Erste Schritte" for introverts (issue 16): a member who has no contacts yet sees three small
 * steps until all are done: complete the profile (a text about oneself, topics and expertise), join
 * a group (a request counts), and register for an event (a place on a waiting list counts). A member
 * with a contact has found the way in, so the list goes too. Each step is asked of its feature's
 * service, which applies its own rules of what the member may see.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.MEMBER + "')")
public class FirstStepsService {

    private final MemberProfileService profiles;
    private final ContactReadService contacts;
    private final GroupReadService groups;
    private final EventRegistrationService events;

    FirstStepsService(
            MemberProfileService profiles,
            ContactReadService contacts,
            GroupReadService groups,
            EventRegistrationService events) {
        this.profiles = profiles;
        this.contacts = contacts;
        this.groups = groups;
        this.events = events;
    }

    public FirstSteps mine(Locale locale) {
        if (contacts.countMyContacts() > 0) {
            return FirstSteps.hidden();
        }
        OwnProfile profile = profiles.getOwnProfile();
        String bio = profile.bio();
        boolean profileDone = bio != null
                && !bio.isBlank()
                && !profile.topicSlugs().isEmpty()
                && !profile.expertise().isEmpty();
        List<GroupCard> all = groups.list(null, locale);
        boolean groupDone = all.stream().anyMatch(group -> group.mine() || group.standing() == GroupStanding.REQUESTED);
        List<EventCard> upcoming = events.upcoming();
        boolean eventDone = upcoming.stream()
                .anyMatch(event -> events.mine(event.id())
                        .filter(r -> r.status() == RegistrationStatus.CONFIRMED
                                || r.status() == RegistrationStatus.WAITLISTED)
                        .isPresent());
        if (profileDone && groupDone && eventDone) {
            return FirstSteps.hidden();
        }
        return new FirstSteps(
                true,
                profileDone,
                groupDone,
                eventDone,
                groupDone ? null : matchingGroup(all, profile.topicSlugs()).orElse(null),
                eventDone ? null : nextOnlineRound(upcoming).orElse(null));
    }

    /** The joinable group sharing most of my topics; without shared topics, none. */
    private static Optional<FirstSteps.GroupStep> matchingGroup(List<GroupCard> all, Set<String> mySlugs) {
        return all.stream()
                .filter(group -> !group.archived()
                        && group.standing() == GroupStanding.NONE
                        && group.joinPolicy() != JoinPolicy.INVITE_ONLY
                        && shared(group, mySlugs) > 0)
                .max(Comparator.comparingLong((GroupCard group) -> shared(group, mySlugs))
                        .thenComparingLong(GroupCard::memberCount))
                .map(group -> new FirstSteps.GroupStep(
                        group.id(), group.name(), group.joinPolicy() == JoinPolicy.ON_REQUEST));
    }

    private static long shared(GroupCard group, Set<String> mySlugs) {
        return group.topics().stream()
                .map(TopicItem::slug)
                .filter(mySlugs::contains)
                .count();
    }

    /** The soonest online or hybrid discussion round that takes registrations now. */
    private Optional<FirstSteps.EventStep> nextOnlineRound(List<EventCard> upcoming) {
        return upcoming.stream()
                .filter(event -> event.type() == EventType.DISCUSSION_ROUND && event.format() != EventFormat.IN_PERSON)
                .filter(event -> events.page(event.id()).registrationOpen())
                .findFirst()
                .map(event -> new FirstSteps.EventStep(event.id(), event.title(), event.startsAt()));
    }
}
