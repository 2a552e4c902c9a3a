package de.ddnhamburg.network.domain.announcement;

import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.congress.CongressAudience;
import de.ddnhamburg.network.domain.congress.CongressAudienceChoice;
import de.ddnhamburg.network.domain.congress.CongressParticipantLookup;
import de.ddnhamburg.network.domain.event.EventWaitingLists;
import de.ddnhamburg.network.domain.group.GroupLookup;
import de.ddnhamburg.network.domain.member.MemberLookup;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns a segment into the members who get the announcement: each member once, only members who
 * can log in (status active), never those who switched announcements off.
 *
 * <p><b>Guests are never written to.</b> People who registered for an event or the congress as
 * guests have no account: they agreed to mails about their registration, not to a channel whose
 * text is whatever the admin writes (which may well be advertising for the next event), and they
 * have no account page on which to switch it off. Every announcement mail must link to that switch.
 * So guests are counted, for the admin to see whom the announcement does not reach, and what they
 * must know about their registration reaches them through the registration's own mails.
 */
@Component
class AudienceResolver {

    /** Members who get it (in id order), who would but switched it off, and guests left out. */
    record Resolved(List<Long> recipients, int optedOut, long guests, String label) {

        Resolved {
            recipients = List.copyOf(recipients);
        }
    }

    private final MemberLookup members;
    private final GroupLookup groups;
    private final CongressParticipantLookup congresses;
    private final EventWaitingLists eventWaitingLists;
    private final AnnouncementOptOuts optOuts;

    AudienceResolver(
            MemberLookup members,
            GroupLookup groups,
            CongressParticipantLookup congresses,
            EventWaitingLists eventWaitingLists,
            AnnouncementOptOuts optOuts) {
        this.members = members;
        this.groups = groups;
        this.congresses = congresses;
        this.eventWaitingLists = eventWaitingLists;
        this.optOuts = optOuts;
    }

    /** @throws InvalidInputException at the segment's field ({@link AnnouncementRules#GROUP} and so on) when a
     *     choice is missing or unknown */
    Resolved resolve(Audience audience) {
        return switch (audience.kind()) {
            case ALL_MEMBERS -> withoutOptOuts(members.activeMemberIds(), 0, "");
            case GROUP_MEMBERS -> {
                long groupId =
                        required(audience.groupId(), AnnouncementRules.GROUP, "announcement.audience.groupRequired");
                String name = known(
                        groups.allOpenGroups(),
                        groupId,
                        AnnouncementRules.GROUP,
                        "announcement.audience.groupRequired");
                yield withoutOptOuts(members.activeAmong(groups.activeMembersOf(groupId)), 0, name);
            }
            case CONGRESS_PARTICIPANTS -> {
                CongressAudienceChoice congress = congress(audience.congressId());
                Long categoryId = audience.categoryId();
                Long sessionId = audience.sessionId();
                List<String> names = new ArrayList<>(List.of(congress.title()));
                if (categoryId != null) {
                    names.add(known(
                            congress.categories(),
                            categoryId,
                            AnnouncementRules.CATEGORY,
                            "announcement.audience.unknown"));
                }
                if (sessionId != null) {
                    names.add(known(
                            congress.sessions(),
                            sessionId,
                            AnnouncementRules.SESSION,
                            "announcement.audience.unknown"));
                }
                yield ofCongress(
                        congresses.participants(congress.id(), categoryId, sessionId, audience.status()),
                        String.join(" · ", names));
            }
            case WORKSHOP_WAITING_LIST -> {
                CongressAudienceChoice congress = congress(audience.congressId());
                long sessionId = required(
                        audience.sessionId(), AnnouncementRules.SESSION, "announcement.audience.sessionRequired");
                String session = known(
                        congress.sessions(),
                        sessionId,
                        AnnouncementRules.SESSION,
                        "announcement.audience.sessionRequired");
                yield ofCongress(
                        congresses.waitingForSession(congress.id(), sessionId), congress.title() + " · " + session);
            }
            case EVENT_WAITING_LIST -> {
                long eventId =
                        required(audience.eventId(), AnnouncementRules.EVENT, "announcement.audience.eventRequired");
                String title = known(
                        eventWaitingLists.eventsWithWaitingList(),
                        eventId,
                        AnnouncementRules.EVENT,
                        "announcement.audience.eventRequired");
                EventWaitingLists.Waiting waiting = eventWaitingLists.of(eventId);
                yield withoutOptOuts(members.activeAmong(waiting.memberIds()), waiting.guests(), title);
            }
        };
    }

    private Resolved ofCongress(CongressAudience audience, String label) {
        return withoutOptOuts(members.activeAmong(audience.memberIds()), audience.guests(), label);
    }

    private Resolved withoutOptOuts(Collection<Long> activeMembers, long guests, String label) {
        Set<Long> switchedOff = optOuts.all();
        TreeSet<Long> recipients = new TreeSet<>(activeMembers);
        int before = recipients.size();
        recipients.removeAll(switchedOff);
        return new Resolved(List.copyOf(recipients), before - recipients.size(), guests, label);
    }

    private CongressAudienceChoice congress(@Nullable Long congressId) {
        long id = required(congressId, AnnouncementRules.CONGRESS, "announcement.audience.congressRequired");
        return congresses.choices().stream()
                .filter(choice -> choice.id() == id)
                .findFirst()
                .orElseThrow(() ->
                        InvalidInputException.of(AnnouncementRules.CONGRESS, "announcement.audience.congressRequired"));
    }

    private static long required(@Nullable Long id, String field, String problem) {
        if (id == null) {
            throw InvalidInputException.of(field, problem);
        }
        return id;
    }

    private static String known(Map<Long, String> names, long id, String field, String problem) {
        String name = names.get(id);
        if (name == null) {
            throw InvalidInputException.of(field, problem);
        }
        return name;
    }
}
