package de.ddnhamburg.network.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Who sees and organises which event, built directly; no Spring, no database. */
class EventViewerTest {

    private static final long OWN_GROUP = 1L;
    private static final long OTHER_GROUP = 2L;

    private static final EventViewer GUEST = EventViewer.guest();
    private static final EventViewer MEMBER = new EventViewer(10L, false, Set.of(), Set.of());
    private static final EventViewer GROUP_MEMBER = new EventViewer(11L, false, Set.of(OWN_GROUP), Set.of());
    private static final EventViewer MODERATOR = new EventViewer(12L, false, Set.of(OWN_GROUP), Set.of(OWN_GROUP));
    private static final EventViewer ADMIN = new EventViewer(13L, true, Set.of(), Set.of());

    @Test
    void a_guest_sees_published_public_events_only_and_organises_nothing() {
        assertThat(GUEST.isGuest()).isTrue();
        assertThat(GUEST.maySee(event(EventAudience.PUBLIC, null, EventStatus.PUBLISHED)))
                .isTrue();
        assertThat(GUEST.maySee(event(EventAudience.MEMBERS, null, EventStatus.PUBLISHED)))
                .isFalse();
        assertThat(GUEST.maySee(event(EventAudience.GROUP_MEMBERS, OWN_GROUP, EventStatus.PUBLISHED)))
                .isFalse();
        assertThat(GUEST.maySee(event(EventAudience.PUBLIC, null, EventStatus.DRAFT)))
                .isFalse();
        assertThat(GUEST.mayOrganiseAny()).isFalse();
    }

    @Test
    void a_member_sees_members_events_but_a_groups_event_only_when_in_the_group() {
        assertThat(MEMBER.isGuest()).isFalse();
        assertThat(MEMBER.maySee(event(EventAudience.MEMBERS, null, EventStatus.PUBLISHED)))
                .isTrue();
        assertThat(MEMBER.maySee(event(EventAudience.GROUP_MEMBERS, OWN_GROUP, EventStatus.PUBLISHED)))
                .isFalse();
        assertThat(GROUP_MEMBER.maySee(event(EventAudience.GROUP_MEMBERS, OWN_GROUP, EventStatus.PUBLISHED)))
                .isTrue();
        assertThat(GROUP_MEMBER.maySee(event(EventAudience.GROUP_MEMBERS, OTHER_GROUP, EventStatus.PUBLISHED)))
                .isFalse();
    }

    @Test
    void a_cancelled_event_stays_visible_to_its_audience() {
        assertThat(GUEST.maySee(event(EventAudience.PUBLIC, null, EventStatus.CANCELLED)))
                .isTrue();
        assertThat(GUEST.maySee(event(EventAudience.MEMBERS, null, EventStatus.CANCELLED)))
                .isFalse();
    }

    @Test
    void drafts_are_seen_only_by_who_may_organise_them() {
        Event ownDraft = event(EventAudience.PUBLIC, OWN_GROUP, EventStatus.DRAFT);
        Event otherDraft = event(EventAudience.PUBLIC, OTHER_GROUP, EventStatus.DRAFT);
        Event noGroupDraft = event(EventAudience.PUBLIC, null, EventStatus.DRAFT);

        assertThat(GROUP_MEMBER.maySee(ownDraft)).isFalse();
        assertThat(MODERATOR.maySee(ownDraft)).isTrue();
        assertThat(MODERATOR.maySee(otherDraft)).isFalse();
        assertThat(MODERATOR.maySee(noGroupDraft)).isFalse();
        assertThat(ADMIN.maySee(otherDraft)).isTrue();
        assertThat(ADMIN.maySee(noGroupDraft)).isTrue();
    }

    @Test
    void a_moderator_organises_their_groups_events_only_and_sees_them_without_being_a_member() {
        EventViewer moderatorOnly = new EventViewer(14L, false, Set.of(), Set.of(OWN_GROUP));

        assertThat(moderatorOnly.mayOrganise(event(EventAudience.MEMBERS, OWN_GROUP, EventStatus.PUBLISHED)))
                .isTrue();
        assertThat(moderatorOnly.maySee(event(EventAudience.GROUP_MEMBERS, OWN_GROUP, EventStatus.PUBLISHED)))
                .isTrue();
        assertThat(moderatorOnly.mayOrganise(event(EventAudience.MEMBERS, OTHER_GROUP, EventStatus.PUBLISHED)))
                .isFalse();
        assertThat(moderatorOnly.mayOrganise(event(EventAudience.MEMBERS, null, EventStatus.PUBLISHED)))
                .isFalse();
        assertThat(moderatorOnly.mayOrganiseFor(OWN_GROUP)).isTrue();
        assertThat(moderatorOnly.mayOrganiseFor(OTHER_GROUP)).isFalse();
        assertThat(moderatorOnly.mayOrganiseFor(null)).isFalse();
        assertThat(moderatorOnly.mayOrganiseAny()).isTrue();
    }

    @Test
    void a_plain_member_organises_nothing_and_an_admin_everything() {
        assertThat(GROUP_MEMBER.mayOrganise(event(EventAudience.MEMBERS, OWN_GROUP, EventStatus.PUBLISHED)))
                .isFalse();
        assertThat(GROUP_MEMBER.mayOrganiseAny()).isFalse();
        assertThat(ADMIN.mayOrganise(event(EventAudience.GROUP_MEMBERS, OTHER_GROUP, EventStatus.PUBLISHED)))
                .isTrue();
        assertThat(ADMIN.maySee(event(EventAudience.GROUP_MEMBERS, OTHER_GROUP, EventStatus.PUBLISHED)))
                .isTrue();
        assertThat(ADMIN.mayOrganiseFor(null)).isTrue();
        assertThat(ADMIN.mayOrganiseAny()).isTrue();
    }

    private static Event event(EventAudience audience, @Nullable Long groupId, EventStatus status) {
        Instant start = Instant.parse("2026-12-03T17:00:00Z");
        EventDraft draft = new EventDraft(
                        "Runde",
                        EventType.DISCUSSION_ROUND,
                        null,
                        start,
                        start.plus(Duration.ofHours(2)),
                        EventFormat.IN_PERSON,
                        "Rathaus",
                        null,
                        10,
                        null,
                        null,
                        null)
                .withAudience(audience, groupId, Set.of(), false);
        Event event = new Event(draft);
        event.setStatus(status);
        return event;
    }
}
