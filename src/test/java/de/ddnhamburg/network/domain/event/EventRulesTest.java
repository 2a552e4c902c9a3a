package de.ddnhamburg.network.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.common.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The input rules of events, each broken one with its own key; no Spring. */
class EventRulesTest {

    private static final Instant START = Instant.parse("2026-12-03T17:00:00Z");

    @Test
    void a_complete_draft_passes_trimmed() {
        EventDraft valid =
                EventRules.valid(draft(" Runde ", " Worum es geht. ", " Rathaus ", " https://meet.example.org/x "));

        assertThat(valid.title()).isEqualTo("Runde");
        assertThat(valid.description()).isEqualTo("Worum es geht.");
        assertThat(valid.venue()).isEqualTo("Rathaus");
        assertThat(valid.onlineLink()).isEqualTo("https://meet.example.org/x");
    }

    @Test
    void blank_optional_texts_become_empty() {
        EventDraft valid = EventRules.valid(draft("Runde", "  ", " ", null));

        assertThat(valid.description()).isEmpty();
        assertThat(valid.venue()).isNull();
        assertThat(valid.onlineLink()).isNull();
    }

    @Test
    void a_title_is_required_and_at_most_200_characters() {
        assertRefused(draft(" ", null, null, null), "event.validation.required", "title");
        assertThat(EventRules.valid(draft("x".repeat(EventRules.TITLE_MAX), null, null, null))
                        .title())
                .hasSize(EventRules.TITLE_MAX);
        assertRefused(
                draft("x".repeat(EventRules.TITLE_MAX + 1), null, null, null),
                "event.validation.tooLong",
                "title",
                EventRules.TITLE_MAX);
    }

    @Test
    void each_text_has_its_maximum_and_names_itself() {
        assertRefused(
                draft("Runde", "x".repeat(EventRules.DESCRIPTION_MAX + 1), null, null),
                "event.validation.tooLong",
                "description",
                EventRules.DESCRIPTION_MAX);
        assertRefused(
                draft("Runde", null, "x".repeat(EventRules.VENUE_MAX + 1), null),
                "event.validation.tooLong",
                "venue",
                EventRules.VENUE_MAX);
        assertRefused(
                draft("Runde", null, null, "https://" + "x".repeat(EventRules.LINK_MAX)),
                "event.validation.tooLong",
                "onlineLink",
                EventRules.LINK_MAX);
        assertRefused(
                change(d -> withAddress(d, "x".repeat(EventRules.VENUE_MAX + 1))),
                "event.validation.tooLong",
                "address",
                EventRules.VENUE_MAX);
    }

    @Test
    void an_online_link_must_be_https() {
        assertRefused(draft("Runde", null, null, "http://meet.example.org/x"), "event.validation.link");
        assertRefused(draft("Runde", null, null, "meet.example.org/x"), "event.validation.link");
    }

    @Test
    void an_event_ends_after_it_starts() {
        assertRefused(change(d -> withTimes(d, START, START)), "event.validation.endBeforeStart");
        assertRefused(change(d -> withTimes(d, START, START.minusSeconds(1))), "event.validation.endBeforeStart");
        assertThat(EventRules.valid(change(d -> withTimes(d, START, START.plusSeconds(1))))
                        .endsAt())
                .isEqualTo(START.plusSeconds(1));
    }

    @Test
    void a_capacity_is_between_1_and_100000_or_unlimited() {
        for (Integer ok : new Integer[] {null, 1, EventRules.CAPACITY_MAX}) {
            assertThat(EventRules.valid(change(d -> withCapacities(d, ok, ok))).inPersonCapacity())
                    .isEqualTo(ok);
        }
        for (int wrong : new int[] {0, -1, EventRules.CAPACITY_MAX + 1}) {
            assertRefused(
                    change(d -> withCapacities(d, wrong, null)), "event.validation.capacity", EventRules.CAPACITY_MAX);
            assertRefused(
                    change(d -> withCapacities(d, null, wrong)), "event.validation.capacity", EventRules.CAPACITY_MAX);
        }
    }

    @Test
    void the_registration_window_closes_after_it_opens() {
        Instant opens = START.minus(Duration.ofDays(7));
        assertRefused(change(d -> withWindow(d, opens, opens)), "event.validation.window");
        assertThat(EventRules.valid(change(d -> withWindow(d, opens, opens.plusSeconds(1))))
                        .registrationClosesAt())
                .isEqualTo(opens.plusSeconds(1));
        assertThat(EventRules.valid(change(d -> withWindow(d, null, opens))).registrationClosesAt())
                .isEqualTo(opens);
    }

    @Test
    void a_group_event_needs_its_group_and_only_public_events_take_guests() {
        assertRefused(
                draft("Runde", null, null, null).withAudience(EventAudience.GROUP_MEMBERS, null, Set.of(), false),
                "event.validation.groupRequired");
        assertThat(EventRules.valid(draft("Runde", null, null, null)
                                .withAudience(EventAudience.GROUP_MEMBERS, 3L, Set.of(), false))
                        .groupId())
                .isEqualTo(3L);
        assertRefused(
                draft("Runde", null, null, null).withAudience(EventAudience.MEMBERS, null, Set.of(), true),
                "event.validation.guestsOnlyPublic");
        assertThat(EventRules.valid(draft("Runde", null, null, null)
                                .withAudience(EventAudience.PUBLIC, null, Set.of(), true))
                        .guestsAllowed())
                .isTrue();
    }

    @Test
    void times_are_kept_to_the_microsecond_as_the_database_does() {
        Instant precise = START.plusNanos(123_456_789);

        EventDraft valid = EventRules.valid(change(d -> withTimes(d, precise, precise.plus(Duration.ofHours(1)))));

        assertThat(valid.startsAt()).isEqualTo(START.plusNanos(123_456_000));
    }

    private static EventDraft draft(
            String title, @Nullable String description, @Nullable String venue, @Nullable String link) {
        return new EventDraft(
                title,
                EventType.DISCUSSION_ROUND,
                description,
                START,
                START.plus(Duration.ofHours(2)),
                EventFormat.HYBRID,
                venue,
                link,
                10,
                20,
                null,
                null);
    }

    private static EventDraft change(UnaryOperator<EventDraft> change) {
        return change.apply(draft("Runde", null, "Rathaus", "https://meet.example.org/x"));
    }

    private static void assertRefused(EventDraft draft, String key, Object... arguments) {
        assertThatThrownBy(() -> EventRules.valid(draft)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.getMessageKey()).isEqualTo(key);
            assertThat(e.getArguments()).containsExactly(arguments);
        });
    }

    private static EventDraft withTimes(EventDraft d, Instant start, Instant end) {
        return copy(
                d,
                start,
                end,
                d.inPersonCapacity(),
                d.onlineCapacity(),
                d.registrationOpensAt(),
                d.registrationClosesAt(),
                d.address());
    }

    private static EventDraft withCapacities(EventDraft d, @Nullable Integer inPerson, @Nullable Integer online) {
        return copy(
                d,
                d.startsAt(),
                d.endsAt(),
                inPerson,
                online,
                d.registrationOpensAt(),
                d.registrationClosesAt(),
                d.address());
    }

    private static EventDraft withWindow(EventDraft d, @Nullable Instant opens, @Nullable Instant closes) {
        return copy(d, d.startsAt(), d.endsAt(), d.inPersonCapacity(), d.onlineCapacity(), opens, closes, d.address());
    }

    private static EventDraft withAddress(EventDraft d, String address) {
        return copy(
                d,
                d.startsAt(),
                d.endsAt(),
                d.inPersonCapacity(),
                d.onlineCapacity(),
                d.registrationOpensAt(),
                d.registrationClosesAt(),
                address);
    }

    private static EventDraft copy(
            EventDraft d,
            Instant start,
            Instant end,
            @Nullable Integer inPerson,
            @Nullable Integer online,
            @Nullable Instant opens,
            @Nullable Instant closes,
            @Nullable String address) {
        return new EventDraft(
                d.title(),
                d.type(),
                d.description(),
                start,
                end,
                d.format(),
                d.venue(),
                d.onlineLink(),
                inPerson,
                online,
                opens,
                closes,
                d.audience(),
                d.groupId(),
                d.topicSlugs(),
                d.guestsAllowed(),
                address);
    }
}
