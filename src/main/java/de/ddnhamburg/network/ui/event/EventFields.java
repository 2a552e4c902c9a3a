package de.ddnhamburg.network.ui.event;

import de.ddnhamburg.network.domain.common.ClockConfig;
import de.ddnhamburg.network.domain.event.EventAudience;
import de.ddnhamburg.network.domain.event.EventDraft;
import de.ddnhamburg.network.domain.event.EventFormat;
import de.ddnhamburg.network.domain.event.EventType;
import de.ddnhamburg.network.domain.event.GroupChoice;
import de.ddnhamburg.network.domain.event.OrganiserChoices;
import de.ddnhamburg.network.domain.member.TopicItem;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The bean {@link EventForm}'s binder reads and writes: what the fields hold, and the way between it
 * and an {@link EventDraft}. The fields show local times in Europe/Berlin and choices as the items
 * the pickers list, the draft holds instants, ids and slugs; converting here keeps the form about
 * fields and checks. A field left empty stays {@code null} until the binder has checked it.
 */
final class EventFields {

    String title = "";

    @Nullable
    EventType type;

    String description = "";
    Set<TopicItem> topics = Set.of();

    @Nullable
    GroupChoice group;

    @Nullable
    LocalDateTime starts;

    @Nullable
    LocalDateTime ends;

    @Nullable
    EventFormat format;

    String venue = "";
    String address = "";
    String onlineLink = "";

    @Nullable
    Integer inPersonCapacity;

    @Nullable
    Integer onlineCapacity;

    @Nullable
    LocalDateTime opens;

    @Nullable
    LocalDateTime closes;

    @Nullable
    EventAudience audience;

    boolean guests;

    /**
     * A new event's defaults: a discussion round in person for members, organised by the first group
     * offered unless the organiser may leave the group empty (admins).
     */
    static EventFields forNewEvent(OrganiserChoices choices) {
        EventFields fields = new EventFields();
        fields.type = EventType.DISCUSSION_ROUND;
        fields.format = EventFormat.IN_PERSON;
        fields.audience = EventAudience.MEMBERS;
        fields.group = choices.withoutGroup() || choices.groups().isEmpty()
                ? null
                : choices.groups().getFirst();
        return fields;
    }

    /** The event as saved; topics and the group become the items offered, as the pickers match by equality. */
    static EventFields of(EventDraft draft, List<TopicItem> allTopics, OrganiserChoices choices) {
        EventFields fields = new EventFields();
        fields.title = draft.title();
        fields.type = draft.type();
        fields.description = text(draft.description());
        fields.topics = allTopics.stream()
                .filter(topic -> draft.topicSlugs().contains(topic.slug()))
                .collect(Collectors.toSet());
        fields.group = choices.groups().stream()
                .filter(choice -> draft.groupId() != null && choice.id() == draft.groupId())
                .findFirst()
                .orElse(null);
        fields.starts = local(draft.startsAt());
        fields.ends = local(draft.endsAt());
        fields.format = draft.format();
        fields.venue = text(draft.venue());
        fields.address = text(draft.address());
        fields.onlineLink = text(draft.onlineLink());
        fields.inPersonCapacity = draft.inPersonCapacity();
        fields.onlineCapacity = draft.onlineCapacity();
        fields.opens = local(draft.registrationOpensAt());
        fields.closes = local(draft.registrationClosesAt());
        fields.audience = draft.audience();
        fields.guests = draft.guestsAllowed();
        return fields;
    }

    /** The draft for the service; only after the binder has written valid fields. */
    EventDraft toDraft() {
        return new EventDraft(
                title,
                filled(type),
                description,
                instant(starts),
                instant(ends),
                filled(format),
                venue,
                onlineLink,
                inPersonCapacity,
                onlineCapacity,
                instantOrNull(opens),
                instantOrNull(closes),
                filled(audience),
                group == null ? null : group.id(),
                topics.stream().map(TopicItem::slug).collect(Collectors.toSet()),
                guests,
                address);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static @Nullable LocalDateTime local(@Nullable Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ClockConfig.DISPLAY_ZONE);
    }

    private static Instant instant(@Nullable LocalDateTime local) {
        return filled(instantOrNull(local));
    }

    /** For a field bound with {@code asRequired}, which the binder filled before it wrote the bean. */
    private static <T> T filled(@Nullable T value) {
        return Objects.requireNonNull(value, "checked by the binder");
    }

    private static @Nullable Instant instantOrNull(@Nullable LocalDateTime local) {
        return local == null ? null : local.atZone(ClockConfig.DISPLAY_ZONE).toInstant();
    }
}
