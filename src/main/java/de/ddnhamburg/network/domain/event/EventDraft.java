package de.ddnhamburg.network.domain.event;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an organiser enters for an event. Capacities of {@code null} mean unlimited; a registration
 * window without opening opens at once, one without closing closes when the event starts.
 *
 * @param groupId the organising group, if any; required for {@link EventAudience#GROUP_MEMBERS}
 * @param topicSlugs slugs of the curated topic list
 * @param guestsAllowed whether people without an account may register; only for public events
 * @param address street address for a map link, separate from the venue's name
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
        @Nullable Instant registrationClosesAt,
        EventAudience audience,
        @Nullable Long groupId,
        Set<String> topicSlugs,
        boolean guestsAllowed,
        @Nullable String address) {

    public EventDraft {
        topicSlugs = Set.copyOf(topicSlugs);
    }

    /** A members-only event without organising group, topics or address. */
    public EventDraft(
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
            @Nullable Instant registrationClosesAt) {
        this(
                title,
                type,
                description,
                startsAt,
                endsAt,
                format,
                venue,
                onlineLink,
                inPersonCapacity,
                onlineCapacity,
                registrationOpensAt,
                registrationClosesAt,
                EventAudience.MEMBERS,
                null,
                Set.of(),
                false,
                null);
    }

    /** The same event for another audience, group, topics and guest rule. */
    public EventDraft withAudience(
            EventAudience audience, @Nullable Long groupId, Set<String> topicSlugs, boolean guestsAllowed) {
        return new EventDraft(
                title,
                type,
                description,
                startsAt,
                endsAt,
                format,
                venue,
                onlineLink,
                inPersonCapacity,
                onlineCapacity,
                registrationOpensAt,
                registrationClosesAt,
                audience,
                groupId,
                topicSlugs,
                guestsAllowed,
                address);
    }
}
