package de.ddnhamburg.network.support;

import de.ddnhamburg.network.domain.event.EventAudience;
import de.ddnhamburg.network.domain.event.EventDraft;
import de.ddnhamburg.network.domain.event.EventFormat;
import de.ddnhamburg.network.domain.event.EventService;
import de.ddnhamburg.network.domain.event.EventType;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Published events at a given time in Hamburg, for calendar tests. */
public final class CalendarEvents {

    public static final ZoneId HAMBURG = ZoneId.of("Europe/Berlin");

    private CalendarEvents() {}

    /** A draft of a public in-person discussion round at that time in Hamburg. */
    public static EventDraft at(LocalDateTime start, Duration length) {
        return new EventDraft(
                TestMarkers.word("Termin "),
                EventType.DISCUSSION_ROUND,
                "Worum es geht.",
                start.atZone(HAMBURG).toInstant(),
                start.plus(length).atZone(HAMBURG).toInstant(),
                EventFormat.IN_PERSON,
                "Rathaus Hamburg",
                null,
                20,
                null,
                null,
                null,
                EventAudience.PUBLIC,
                null,
                Set.of(),
                false,
                null);
    }

    public static EventDraft with(EventDraft draft, EventType type, EventFormat format) {
        return new EventDraft(
                draft.title(),
                type,
                draft.description(),
                draft.startsAt(),
                draft.endsAt(),
                format,
                format == EventFormat.ONLINE ? null : draft.venue(),
                format == EventFormat.IN_PERSON ? null : "https://meet.example.org/runde",
                draft.inPersonCapacity(),
                format == EventFormat.IN_PERSON ? null : 10,
                null,
                null,
                draft.audience(),
                draft.groupId(),
                draft.topicSlugs(),
                draft.guestsAllowed(),
                draft.address());
    }

    public static EventDraft forAudience(
            EventDraft draft, EventAudience audience, @Nullable Long groupId, String... topics) {
        return draft.withAudience(audience, groupId, Set.of(topics), false);
    }

    /** Creates and publishes the event as the test admin; returns its id. */
    public static long publish(TestMembers testMembers, EventService events, EventDraft draft) {
        return Events.published(testMembers, events, draft);
    }
}
