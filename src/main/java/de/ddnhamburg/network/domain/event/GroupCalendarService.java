package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.common.Secrets;
import de.ddnhamburg.network.domain.group.GroupLookup;
import de.ddnhamburg.network.domain.member.MemberIdentity;
import de.ddnhamburg.network.domain.member.MemberLookup;
import de.ddnhamburg.network.domain.member.MemberStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A group's events as calendar feeds (issue 16 point 5), open to calendar programs without a login:
 * <ul>
 *   <li>the public feed of a group that guests may see (listed, not archived): its public events;</li>
 *   <li>a member's secret feed: every published event of the group the member may see, the
 *       members' and group members' events included, as long as the member can sign in and still
 *       belongs to the group.</li>
 * </ul>
 * No feed holds an online link (the personal feed has it for a confirmed online seat). A hidden
 * group has no public feed, and every "no" is the same answer, so that no address tells whether a
 * hidden group, a feed or a member exists (decisions 010 and 012).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("permitAll()")
public class GroupCalendarService {

    private static final List<EventStatus> SHOWN = List.of(EventStatus.PUBLISHED, EventStatus.CANCELLED);

    private final EventRepository events;
    private final GroupCalendarFeedRepository feeds;
    private final CalendarEntries entries;
    private final CalendarTexts texts;
    private final IcsWriter writer;
    private final MemberLookup members;
    private final GroupLookup groups;
    private final Clock clock;

    GroupCalendarService(
            EventRepository events,
            GroupCalendarFeedRepository feeds,
            CalendarEntries entries,
            CalendarTexts texts,
            IcsWriter writer,
            MemberLookup members,
            GroupLookup groups,
            Clock clock) {
        this.events = events;
        this.feeds = feeds;
        this.entries = entries;
        this.texts = texts;
        this.writer = writer;
        this.members = members;
        this.groups = groups;
        this.clock = clock;
    }

    /** The group's public events, or nothing for a group that guests may not see. */
    public Optional<String> publicFeed(long groupId) {
        if (!groups.isVisible(groupId, null, false)) {
            return Optional.empty();
        }
        return Optional.of(feed(groupId, EventCalendarService::isPublic, Locale.GERMAN));
    }

    /**
     * The group's events for the member behind the secret. An unknown, malformed, renewed or revoked
     * secret, a member who cannot sign in any more and one who left the group all get nothing.
     */
    public Optional<String> personalFeed(String secret) {
        Optional<GroupCalendarFeed> feed = Secrets.hashOf(secret).flatMap(feeds::findByTokenHash);
        if (feed.isEmpty()) {
            return Optional.empty();
        }
        long groupId = feed.get().getGroupId();
        Optional<MemberIdentity> member =
                members.find(feed.get().getMemberId()).filter(identity -> identity.status() == MemberStatus.ACTIVE);
        if (member.isEmpty()) {
            return Optional.empty();
        }
        Set<Long> mine = groups.activeGroupsOf(member.get().id());
        if (!mine.contains(groupId)) {
            return Optional.empty();
        }
        EventViewer viewer = new EventViewer(member.get().id(), false, mine, Set.of());
        return Optional.of(feed(groupId, viewer::maySee, member.get().language()));
    }

    /** The short text of every refused feed, in the caller's language. */
    public String refusal(Locale language) {
        return texts.text(language, "calendar.group.refused");
    }

    private String feed(long groupId, Predicate<Event> shown, Locale language) {
        Instant since = clock.instant().minus(EventCalendarService.HISTORY);
        List<IcsEntry> list = events.findByGroupIdInAndStatusInAndEndsAtAfter(Set.of(groupId), SHOWN, since).stream()
                .filter(event -> event.getStatus() != EventStatus.DRAFT)
                .filter(shown)
                .map(event -> entries.entry(event, null, false, language, null))
                .sorted(Comparator.comparing(IcsEntry::startsAt))
                .toList();
        Map<Long, String> names = groups.names(Set.of(groupId));
        return writer.write(texts.text(language, "calendar.name.group", names.getOrDefault(groupId, "")), list);
    }
}
