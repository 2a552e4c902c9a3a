package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.common.FileNames;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.common.Secrets;
import de.ddnhamburg.network.domain.group.GroupLookup;
import de.ddnhamburg.network.domain.member.MemberIdentity;
import de.ddnhamburg.network.domain.member.MemberLookup;
import de.ddnhamburg.network.domain.member.MemberStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events as calendar files (RFC 5545): one event to download, the public feed, and personal feeds
 * opened by their secret. Open to guests; each method decides what its reader may see:
 * <ul>
 *   <li>one event: exactly what its page shows the caller ({@link EventViewer#maySee}; the online
 *       link to confirmed online participants and admins), anything else is "not found";</li>
 *   <li>the public feed: public events, never an online link;</li>
 *   <li>a personal feed: the member's registrations (confirmed and waiting, marked as such) and, if
 *       chosen, the events of their groups; the online link only for a confirmed online seat.</li>
 * </ul>
 * Cancelled events stay in the feeds with STATUS:CANCELLED until {@link #HISTORY} after they would
 * have ended, so that calendar programs learn of the cancellation instead of losing the entry.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("permitAll()")
public class EventCalendarService {

    static final Duration HISTORY = Duration.ofDays(30);
    private static final List<EventStatus> SHOWN = List.of(EventStatus.PUBLISHED, EventStatus.CANCELLED);
    private static final List<RegistrationStatus> ACTIVE =
            List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED);

    private final EventRepository events;
    private final EventRegistrationRepository registrations;
    private final CalendarFeedRepository feeds;
    private final CalendarEntries entries;
    private final CalendarTexts texts;
    private final IcsWriter writer;
    private final MemberLookup members;
    private final GroupLookup groups;
    private final EventViewers viewers;
    private final Clock clock;
    private final List<CalendarHighlightLookup> highlights;

    EventCalendarService(
            EventRepository events,
            EventRegistrationRepository registrations,
            CalendarFeedRepository feeds,
            CalendarEntries entries,
            CalendarTexts texts,
            IcsWriter writer,
            MemberLookup members,
            GroupLookup groups,
            EventViewers viewers,
            Clock clock,
            List<CalendarHighlightLookup> highlights) {
        this.events = events;
        this.registrations = registrations;
        this.feeds = feeds;
        this.entries = entries;
        this.texts = texts;
        this.writer = writer;
        this.members = members;
        this.groups = groups;
        this.viewers = viewers;
        this.clock = clock;
        this.highlights = List.copyOf(highlights);
    }

    /**
     * The event as a file for the caller, guest or member, with what its page would show them.
     *
     * @throws NotFoundException for an unknown event, a draft, or an event the caller may not see
     */
    public CalendarFile eventFile(long eventId, Locale language) {
        EventViewer viewer = viewers.current();
        Event event = events.findById(eventId).filter(viewer::maySee).orElseThrow(NotFoundException::new);
        Long me = viewer.memberId();
        @Nullable
        EventRegistration mine = me == null
                ? null
                : registrations
                        .findByEventIdAndMemberId(eventId, me)
                        .filter(EventRegistration::isActive)
                        .orElse(null);
        boolean link = viewer.admin() || (mine != null && holdsOnlineSeat(mine));
        IcsEntry entry = entries.entry(event, mine, link, language, null);
        return new CalendarFile(fileName(eventId, language), writer.write(event.getTitle(), List.of(entry)));
    }

    /** Public events, upcoming and of the last weeks; never an online link. */
    public String publicFeed() {
        Locale german = Locale.GERMAN;
        List<IcsEntry> shown = events.findByStatusInAndEndsAtAfterOrderByStartsAtAsc(SHOWN, since()).stream()
                .filter(EventCalendarService::isPublic)
                .map(event -> entries.entry(event, null, false, german, null))
                .toList();
        List<IcsItem> others = highlights.stream()
                .flatMap(lookup -> lookup.highlights(since(), null).stream())
                .map(entries::item)
                .toList();
        return writer.write(texts.text(german, "calendar.name.public"), shown, others);
    }

    /**
     * The feed behind a personal address: my registrations, and with the groups option the events of
     * my groups that I have not registered for. An unknown, malformed or renewed secret, and a
     * member who can no longer sign in, all give the same empty answer.
     */
    public Optional<String> personalFeed(String secret) {
        Optional<CalendarFeed> feed = Secrets.hashOf(secret).flatMap(feeds::findByTokenHash);
        Optional<MemberIdentity> member = feed.flatMap(found -> members.find(found.getMemberId()))
                .filter(identity -> identity.status() == MemberStatus.ACTIVE);
        if (feed.isEmpty() || member.isEmpty()) {
            return Optional.empty();
        }
        Locale language = member.get().language();
        List<EventRegistration> mine =
                registrations.findByMemberIdAndStatusIn(member.get().id(), ACTIVE);
        Map<Long, Event> byId = events
                .findAllById(mine.stream().map(EventRegistration::getEventId).toList())
                .stream()
                .collect(Collectors.toMap(Event::id, Function.identity()));
        Instant since = since();
        List<IcsEntry> shown = new ArrayList<>();
        for (EventRegistration registration : mine) {
            Event event = byId.get(registration.getEventId());
            if (event != null
                    && event.getStatus() != EventStatus.DRAFT
                    && event.getEndsAt().isAfter(since)) {
                shown.add(entries.entry(event, registration, holdsOnlineSeat(registration), language, null));
            }
        }
        if (feed.get().isIncludeGroups()) {
            Set<Long> groupIds = groups.activeGroupsOf(member.get().id());
            EventViewer viewer = new EventViewer(member.get().id(), false, groupIds, Set.of());
            String note = texts.text(language, "calendar.state.group");
            for (Event event : groupIds.isEmpty()
                    ? List.<Event>of()
                    : events.findByGroupIdInAndStatusInAndEndsAtAfter(groupIds, SHOWN, since)) {
                if (!byId.containsKey(event.id()) && viewer.maySee(event)) {
                    shown.add(entries.entry(event, null, false, language, note));
                }
            }
        }
        shown.sort(Comparator.comparing(IcsEntry::startsAt));
        return Optional.of(writer.write(texts.text(language, "calendar.name.personal"), shown));
    }

    /** {@code veranstaltung-7.ics} or {@code event-7.ics}. */
    static String fileName(long eventId, Locale language) {
        return FileNames.of(language, "file.calendar.event", "ics", eventId);
    }

    /** Whether guests may see the event, and so whether it belongs in the public feed. */
    static boolean isPublic(Event event) {
        return event.getAudience() == EventAudience.PUBLIC && event.getStatus() != EventStatus.DRAFT;
    }

    static boolean holdsOnlineSeat(EventRegistration registration) {
        return registration.getStatus() == RegistrationStatus.CONFIRMED
                && registration.getSeatKind() == SeatKind.ONLINE;
    }

    private Instant since() {
        return clock.instant().minus(HISTORY);
    }
}
