package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.common.DomainException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/** The input rules of events in one place; each broken rule has its own translation key. */
public final class EventRules {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 10_000;
    public static final int VENUE_MAX = 500;
    public static final int LINK_MAX = 500;
    public static final int CAPACITY_MAX = 100_000;

    private EventRules() {}

    static EventDraft valid(EventDraft draft) {
        String title = required(draft.title(), TITLE_MAX, "title");
        String description = optional(draft.description(), DESCRIPTION_MAX, "description");
        String venue = optional(draft.venue(), VENUE_MAX, "venue");
        String link = optional(draft.onlineLink(), LINK_MAX, "onlineLink");
        String address = optional(draft.address(), VENUE_MAX, "address");
        if (link != null && !link.startsWith("https://")) {
            throw new DomainException("event.validation.link");
        }
        if (!draft.endsAt().isAfter(draft.startsAt())) {
            throw new DomainException("event.validation.endBeforeStart");
        }
        capacity(draft.inPersonCapacity());
        capacity(draft.onlineCapacity());
        if (draft.registrationOpensAt() != null
                && draft.registrationClosesAt() != null
                && !draft.registrationClosesAt().isAfter(draft.registrationOpensAt())) {
            throw new DomainException("event.validation.window");
        }
        if (draft.audience() == EventAudience.GROUP_MEMBERS && draft.groupId() == null) {
            throw new DomainException("event.validation.groupRequired");
        }
        if (draft.guestsAllowed() && draft.audience() != EventAudience.PUBLIC) {
            throw new DomainException("event.validation.guestsOnlyPublic");
        }
        return new EventDraft(
                title,
                draft.type(),
                description == null ? "" : description,
                stored(draft.startsAt()),
                stored(draft.endsAt()),
                draft.format(),
                venue,
                link,
                draft.inPersonCapacity(),
                draft.onlineCapacity(),
                storedOrNull(draft.registrationOpensAt()),
                storedOrNull(draft.registrationClosesAt()),
                draft.audience(),
                draft.groupId(),
                draft.topicSlugs(),
                draft.guestsAllowed(),
                address);
    }

    /** The database keeps microseconds; the entity keeps what the database will give back. */
    private static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static @Nullable Instant storedOrNull(@Nullable Instant instant) {
        return instant == null ? null : stored(instant);
    }

    private static void capacity(@Nullable Integer capacity) {
        if (capacity != null && (capacity < 1 || capacity > CAPACITY_MAX)) {
            throw new DomainException("event.validation.capacity", CAPACITY_MAX);
        }
    }

    private static String required(@Nullable String value, int max, String field) {
        String clean = optional(value, max, field);
        if (clean == null) {
            throw new DomainException("event.validation.required", field);
        }
        return clean;
    }

    private static @Nullable String optional(@Nullable String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String clean = value.strip();
        if (clean.length() > max) {
            throw new DomainException("event.validation.tooLong", field, max);
        }
        return clean;
    }
}
