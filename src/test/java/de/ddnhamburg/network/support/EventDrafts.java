package de.ddnhamburg.network.support;

import de.ddnhamburg.network.domain.event.EventAudience;
import de.ddnhamburg.network.domain.event.EventDraft;
import de.ddnhamburg.network.domain.event.EventFormat;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One field of an event draft changed, the rest kept: for tests of editing. */
public final class EventDrafts {

    private EventDrafts() {}

    public static EventDraft withCapacities(EventDraft d, @Nullable Integer inPerson, @Nullable Integer online) {
        return new EventDraft(
                d.title(),
                d.type(),
                d.description(),
                d.startsAt(),
                d.endsAt(),
                d.format(),
                d.venue(),
                d.onlineLink(),
                inPerson,
                online,
                d.registrationOpensAt(),
                d.registrationClosesAt(),
                d.audience(),
                d.groupId(),
                d.topicSlugs(),
                d.guestsAllowed(),
                d.address());
    }

    public static EventDraft withTimes(EventDraft d, Instant start, Instant end) {
        return new EventDraft(
                d.title(),
                d.type(),
                d.description(),
                start,
                end,
                d.format(),
                d.venue(),
                d.onlineLink(),
                d.inPersonCapacity(),
                d.onlineCapacity(),
                d.registrationOpensAt(),
                d.registrationClosesAt(),
                d.audience(),
                d.groupId(),
                d.topicSlugs(),
                d.guestsAllowed(),
                d.address());
    }

    public static EventDraft withFormat(EventDraft d, EventFormat format) {
        return new EventDraft(
                d.title(),
                d.type(),
                d.description(),
                d.startsAt(),
                d.endsAt(),
                format,
                d.venue(),
                d.onlineLink(),
                d.inPersonCapacity(),
                d.onlineCapacity(),
                d.registrationOpensAt(),
                d.registrationClosesAt(),
                d.audience(),
                d.groupId(),
                d.topicSlugs(),
                d.guestsAllowed(),
                d.address());
    }

    public static EventDraft withPlace(EventDraft d, @Nullable String venue, @Nullable String address) {
        return new EventDraft(
                d.title(),
                d.type(),
                d.description(),
                d.startsAt(),
                d.endsAt(),
                d.format(),
                venue,
                d.onlineLink(),
                d.inPersonCapacity(),
                d.onlineCapacity(),
                d.registrationOpensAt(),
                d.registrationClosesAt(),
                d.audience(),
                d.groupId(),
                d.topicSlugs(),
                d.guestsAllowed(),
                address);
    }

    public static EventDraft withOnlineLink(EventDraft d, @Nullable String onlineLink) {
        return new EventDraft(
                d.title(),
                d.type(),
                d.description(),
                d.startsAt(),
                d.endsAt(),
                d.format(),
                d.venue(),
                onlineLink,
                d.inPersonCapacity(),
                d.onlineCapacity(),
                d.registrationOpensAt(),
                d.registrationClosesAt(),
                d.audience(),
                d.groupId(),
                d.topicSlugs(),
                d.guestsAllowed(),
                d.address());
    }

    public static EventDraft withDescription(EventDraft d, String description) {
        return new EventDraft(
                d.title(),
                d.type(),
                description,
                d.startsAt(),
                d.endsAt(),
                d.format(),
                d.venue(),
                d.onlineLink(),
                d.inPersonCapacity(),
                d.onlineCapacity(),
                d.registrationOpensAt(),
                d.registrationClosesAt(),
                d.audience(),
                d.groupId(),
                d.topicSlugs(),
                d.guestsAllowed(),
                d.address());
    }

    public static EventDraft withTitle(EventDraft d, String title) {
        return new EventDraft(
                title,
                d.type(),
                d.description(),
                d.startsAt(),
                d.endsAt(),
                d.format(),
                d.venue(),
                d.onlineLink(),
                d.inPersonCapacity(),
                d.onlineCapacity(),
                d.registrationOpensAt(),
                d.registrationClosesAt(),
                d.audience(),
                d.groupId(),
                d.topicSlugs(),
                d.guestsAllowed(),
                d.address());
    }

    /** Organised by the group, for everyone signed in; {@code null}: no organising group. */
    public static EventDraft ofGroup(EventDraft d, @Nullable Long groupId) {
        return d.withAudience(EventAudience.MEMBERS, groupId, Set.of(), false);
    }
}
