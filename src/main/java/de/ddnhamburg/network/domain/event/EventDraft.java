package de.ddnhamburg.network.domain.event;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What an admin enters for an event. Capacities of {@code null} mean unlimited; a registration
 * window without opening opens at once, one without closing closes when the event starts.
 */
public record EventDraft(
        String title,
        EventType type,
        @Nullable String description,
        Instant startsAt,
        Instant endsAt,
        EventFormat format,
        @Nullable String venue,
        @Nullable String onlineLink,
        @Nullable Integer inPersonCapacity,
        @Nullable Integer onlineCapacity,
        @Nullable Instant registrationOpensAt,
        @Nullable Instant registrationClosesAt) {}
