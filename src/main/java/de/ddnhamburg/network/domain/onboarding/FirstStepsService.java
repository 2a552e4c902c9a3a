package de.ddnhamburg.network.domain.onboarding;

import de.ddnhamburg.network.domain.common.RetryOnLostRace;
import de.ddnhamburg.network.domain.contact.ContactReadService;
import de.ddnhamburg.network.domain.event.EventCard;
import de.ddnhamburg.network.domain.event.EventFormat;
import de.ddnhamburg.network.domain.event.EventRegistrationService;
import de.ddnhamburg.network.domain.event.EventType;
import de.ddnhamburg.network.domain.group.GroupCard;
import de.ddnhamburg.network.domain.group.GroupReadService;
import de.ddnhamburg.network.domain.group.GroupStanding;
import de.ddnhamburg.network.domain.group.JoinPolicy;
import de.ddnhamburg.network.domain.member.MemberProfileService;
import de.ddnhamburg.network.domain.member.OwnProfile;
import de.ddnhamburg.network.domain.member.TopicItem;
import de.ddnhamburg.network.security.CurrentUser;
import de.ddnhamburg.network.security.Roles;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Erste Schritte" for introverts (issue 16). Only a new member gets them, as the issue defines one:
 * the profile incomplete (no text about oneself, topics or expertise), no contacts, no groups (a
 * request counts as a group). Admins run the network and are never new. Whether a member is new is
 * decided the first time they open the start page and remembered ({@link FirstStepsProgress}): the
 * first step done makes a new member look established, yet the other steps must stay until done.
 * The steps are: complete the profile, join a group (a request counts), register for an event (a
 * place on a waiting list counts). Each is asked of its feature's service, which applies its own
 * rules of what the member may see. An established member's start page asks one query.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.MEMBER + "')")
public class FirstStepsService {

    private final FirstStepsProgressRepository progress;
    private final MemberProfileService profiles;
    private final ContactReadService contacts;
    private final GroupReadService groups;
    private final EventRegistrationService events;
    private final CurrentUser currentUser;
    private final Clock clock;

    FirstStepsService(
            FirstStepsProgressRepository progress,
            MemberProfileService profiles,
            ContactReadService contacts,
            GroupReadService groups,
            EventRegistrationService events,
            CurrentUser currentUser,
            Clock clock) {
        this.progress = progress;
        this.profiles = profiles;
        this.contacts = contacts;
        this.groups = groups;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * My first steps, or hidden ones. Writes on the first call (new or not) and when the last step
     * is done; two tabs opening the start page at once race for the one row per member.
     */
    @RetryOnLostRace
    public FirstSteps mine(Locale locale) {
        long me = currentUser.requireMemberId();
        Optional<FirstStepsProgress> known = progress.findByMemberId(me);
        if (known.isPresent() && !known.get().open()) {
            return FirstSteps.hidden();
        }
        OwnProfile profile = profiles.getOwnProfile();
        boolean profileDone = profileComplete(profile);
        List<GroupCard> all = groups.list(null, locale);
        boolean groupDone = all.stream().anyMatch(group -> group.mine() || group.standing() == GroupStanding.REQUESTED);
        FirstStepsProgress row;
        if (known.isPresent()) {
            row = known.get();
        } else if (isNew(profileDone, groupDone)) {
            row = progress.save(FirstStepsProgress.started(me));
        } else {
            progress.save(FirstStepsProgress.notNeeded(me, clock.instant()));
            return FirstSteps.hidden();
        }
        List<EventCard> upcoming = events.upcoming();
        boolean eventDone =
                events.registeredForAny(upcoming.stream().map(EventCard::id).toList());
        if (profileDone && groupDone && eventDone) {
            row.finish(clock.instant());
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

    private boolean isNew(boolean profileDone, boolean groupDone) {
        return !profileDone && !groupDone && !currentUser.isAdmin() && contacts.countMyContacts() == 0;
    }

    private static boolean profileComplete(OwnProfile profile) {
        String bio = profile.bio();
        return bio != null
                && !bio.isBlank()
                && !profile.topicSlugs().isEmpty()
                && !profile.expertise().isEmpty();
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
