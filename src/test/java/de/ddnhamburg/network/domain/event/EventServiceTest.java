package de.ddnhamburg.network.domain.event;

import static de.ddnhamburg.network.support.EventDrafts.ofGroup;
import static de.ddnhamburg.network.support.EventDrafts.withCapacities;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.group.GroupAdministrationService;
import de.ddnhamburg.network.domain.group.GroupVisibility;
import de.ddnhamburg.network.domain.group.JoinPolicy;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.EventDrafts;
import de.ddnhamburg.network.support.Events;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who organises which event ({@link MyEventOrganisingService} answers, {@link EventService} enforces), and what
 * editing does to seats, calendars and mails.
 */
@IntegrationTest
class EventServiceTest {

    @Autowired
    EventService events;

    @Autowired
    MyEventOrganisingService organising;

    @Autowired
    EventRegistrationService registrations;

    @Autowired
    GroupAdministrationService groupAdministration;

    @Autowired
    TestMembers testMembers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @AfterEach
    void cleanUp() {
        clock.reset();
        SecurityTestSupport.signOut();
    }

    @Test
    void a_member_without_moderation_creates_and_edits_nothing() {
        LoginAccount member = Groups.member(testMembers, "Mats", "Mitglied");
        long id = Events.published(testMembers, events, Events.draft(clock, EventFormat.IN_PERSON, 10, null));

        assertThat(Acting.as(member, () -> organising.mayCreate())).isFalse();
        assertThat(Acting.as(member, () -> organising.mayOrganise(id))).isFalse();
        assertThat(Acting.as(member, () -> organising.drafts())).isEmpty();
        assertThatThrownBy(() ->
                        Acting.as(member, () -> events.create(Events.draft(clock, EventFormat.ONLINE, null, 5))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Acting.as(member, () -> events.edit(id))).isInstanceOf(AccessDeniedException.class);
        long version = Acting.as(testMembers.admin(), () -> events.edit(id)).version();
        assertThatThrownBy(() -> Acting.as(
                        member, () -> events.update(id, version, Events.draft(clock, EventFormat.IN_PERSON, 10, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Acting.as(member, () -> events.duplicate(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Acting.run(member, () -> events.cancel(id))).isInstanceOf(AccessDeniedException.class);
        SecurityTestSupport.signOut();
        assertThat(organising.mayCreate()).isFalse();
    }

    @Test
    void cancelling_a_draft_discards_it_so_it_never_reaches_the_public_feed() {
        EventDraft draft = Events.draft(clock, EventFormat.IN_PERSON, 10, null)
                .withAudience(EventAudience.PUBLIC, null, Set.of(), true);
        long id = Acting.as(testMembers.admin(), () -> events.create(draft));

        Acting.run(testMembers.admin(), () -> events.cancel(id));

        assertThat(jdbcForDrafts.queryForObject("select count(*) from event where id = ?", Integer.class, id))
                .isZero();
        assertThat(calendarForDrafts.publicFeed()).doesNotContain(draft.title());
        assertThat(audited("EVENT_CANCELLED", id)).isOne();
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbcForDrafts;

    @Autowired
    EventCalendarService calendarForDrafts;

    @Test
    void a_moderator_organises_the_events_of_their_group_and_it_is_audited() {
        LoginAccount moderator = Groups.member(testMembers, "Mona", "Moderatorin");
        long groupA =
                Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED, moderator);
        EventDraft draft = ofGroup(Events.draft(clock, EventFormat.HYBRID, 10, 20), groupA);

        assertThat(Acting.as(moderator, () -> organising.mayCreate())).isTrue();
        long id = Acting.as(moderator, () -> events.create(draft));
        assertThat(Acting.as(moderator, () -> organising.drafts()))
                .extracting(EventCard::id)
                .contains(id);
        EventEdit loaded = Acting.as(moderator, () -> events.edit(id));
        assertThat(loaded.status()).isEqualTo(EventStatus.DRAFT);
        EventEdit saved = Acting.as(
                moderator,
                () -> events.update(id, loaded.version(), EventDrafts.withDescription(draft, "Neu beschrieben.")));
        assertThat(saved.draft().description()).isEqualTo("Neu beschrieben.");
        Acting.run(moderator, () -> events.publish(id));
        long copy = Acting.as(moderator, () -> events.duplicate(id));
        Acting.run(moderator, () -> events.cancel(id));

        assertThat(status(id)).isEqualTo("CANCELLED");
        assertThat(status(copy)).isEqualTo("DRAFT");
        for (String action : new String[] {"EVENT_CREATED", "EVENT_UPDATED", "EVENT_PUBLISHED", "EVENT_CANCELLED"}) {
            assertThat(audited(action, id)).as(action).isOne();
        }
        assertThat(audited("EVENT_DUPLICATED", copy)).isOne();
    }

    @Test
    void a_moderator_of_one_group_cannot_organise_for_another_or_without_a_group() {
        LoginAccount moderator = Groups.member(testMembers, "Moritz", "Moderator");
        long groupA =
                Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED, moderator);
        long groupB = Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED);
        EventDraft base = Events.draft(clock, EventFormat.IN_PERSON, 10, null);

        assertThatThrownBy(() -> Acting.as(moderator, () -> events.create(ofGroup(base, groupB))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Acting.as(moderator, () -> events.create(ofGroup(base, null))))
                .isInstanceOf(AccessDeniedException.class);
        // Published and open to all members, so the moderator sees it, but it is not theirs to organise.
        long ofB = Events.published(testMembers, events, ofGroup(base, groupB));
        long version = Acting.as(testMembers.admin(), () -> events.edit(ofB)).version();
        assertThat(Acting.as(moderator, () -> organising.mayOrganise(ofB))).isFalse();
        assertThatThrownBy(() -> Acting.as(moderator, () -> events.update(ofB, version, ofGroup(base, groupA))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Acting.run(moderator, () -> events.cancel(ofB)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Acting.as(moderator, () -> events.duplicate(ofB)))
                .isInstanceOf(AccessDeniedException.class);
        // A draft of group B does not even exist for them.
        long draftOfB = Acting.as(testMembers.admin(), () -> events.create(ofGroup(base, groupB)));
        assertThatThrownBy(() -> Acting.run(moderator, () -> events.publish(draftOfB)))
                .isInstanceOf(NotFoundException.class);
        assertThat(Acting.as(moderator, () -> organising.drafts()))
                .extracting(EventCard::id)
                .doesNotContain(draftOfB);
        // Nor may they hand their own event over to group B or to no group.
        long own = Acting.as(moderator, () -> events.create(ofGroup(base, groupA)));
        long ownVersion = Acting.as(moderator, () -> events.edit(own)).version();
        assertThatThrownBy(() -> Acting.as(moderator, () -> events.update(own, ownVersion, ofGroup(base, groupB))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Acting.as(moderator, () -> events.update(own, ownVersion, ofGroup(base, null))))
                .isInstanceOf(AccessDeniedException.class);

        OrganiserChoices choices = Acting.as(moderator, () -> organising.organiserChoices());
        assertThat(choices.groups()).extracting(GroupChoice::id).containsExactly(groupA);
        assertThat(choices.withoutGroup()).isFalse();
    }

    @Test
    void an_admin_organises_every_event_with_or_without_a_group() {
        long group = Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED);
        OrganiserChoices choices = Acting.as(testMembers.admin(), () -> organising.organiserChoices());
        assertThat(choices.withoutGroup()).isTrue();
        assertThat(choices.groups()).extracting(GroupChoice::id).contains(group);
        long id = Acting.as(
                testMembers.admin(),
                () -> events.create(ofGroup(Events.draft(clock, EventFormat.ONLINE, null, 5), group)));
        assertThat(Acting.as(testMembers.admin(), () -> organising.mayOrganise(id)))
                .isTrue();
        assertThat(Acting.as(testMembers.admin(), () -> organising.drafts()))
                .extracting(EventCard::id)
                .contains(id);
    }

    @Test
    void a_stale_form_is_refused_and_the_newer_change_stays() {
        EventDraft draft = Events.draft(clock, EventFormat.IN_PERSON, 10, null);
        long id = Events.published(testMembers, events, draft);
        long version = admin(() -> events.edit(id)).version();
        admin(() -> events.update(id, version, EventDrafts.withDescription(draft, "Erste Änderung.")));

        assertThatThrownBy(() -> admin(() -> events.update(id, version, EventDrafts.withDescription(draft, "Zweite."))))
                .hasMessage("event.edit.stale");
        assertThat(admin(() -> events.edit(id)).draft().description()).isEqualTo("Erste Änderung.");
    }

    @Test
    void a_registration_does_not_make_an_open_form_stale() {
        EventDraft draft = Events.draft(clock, EventFormat.IN_PERSON, 10, null);
        long id = Events.published(testMembers, events, draft);
        long version = admin(() -> events.edit(id)).version();
        Acting.run(member("Rita"), () -> registrations.register(id, SeatKind.IN_PERSON));
        assertThat(admin(() -> events.update(id, version, EventDrafts.withDescription(draft, "Geht.")))
                        .version())
                .isGreaterThan(version);
    }

    @Test
    void a_capacity_below_the_confirmed_seats_is_refused() {
        EventDraft draft = Events.draft(clock, EventFormat.HYBRID, 3, null);
        long id = Events.published(testMembers, events, draft);
        Acting.run(member("Anna"), () -> registrations.register(id, SeatKind.IN_PERSON));
        Acting.run(member("Bert"), () -> registrations.register(id, SeatKind.IN_PERSON));
        long version = admin(() -> events.edit(id)).version();

        assertThatThrownBy(() -> admin(() -> events.update(id, version, withCapacities(draft, 1, null))))
                .hasMessage("event.edit.capacityBelowConfirmed.IN_PERSON");
        assertThatThrownBy(() ->
                        admin(() -> events.update(id, version, EventDrafts.withFormat(draft, EventFormat.ONLINE))))
                .hasMessage("event.edit.formatDropsSeats.IN_PERSON");
        assertThat(admin(() -> events.update(id, version, withCapacities(draft, 2, null)))
                        .draft()
                        .inPersonCapacity())
                .isEqualTo(2);
        assertThat(taken(id)).isEqualTo(2);
    }

    @Test
    void a_raised_capacity_promotes_the_waiting_in_order_and_mails_them() {
        EventDraft draft = Events.draft(clock, EventFormat.IN_PERSON, 1, null);
        long id = Events.published(testMembers, events, draft);
        LoginAccount anna = member("Anna");
        LoginAccount bert = member("Bert");
        LoginAccount cleo = member("Cleo");
        LoginAccount dora = member("Dora");
        for (LoginAccount account : new LoginAccount[] {anna, bert, cleo, dora}) {
            Acting.run(account, () -> registrations.register(id, SeatKind.IN_PERSON));
        }
        long version = admin(() -> events.edit(id)).version();

        EventEdit saved = admin(() -> events.update(id, version, withCapacities(draft, 3, null)));

        assertThat(mine(bert, id).status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(mine(cleo, id).status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(mine(dora, id).status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(mine(dora, id).waitingPosition()).isEqualTo(1);
        assertThat(taken(id)).isEqualTo(3);
        assertThat(mails("eventSeatPromoted", bert)).isOne();
        assertThat(mails("eventSeatPromoted", cleo)).isOne();
        assertThat(mails("eventSeatPromoted", dora)).isZero();

        admin(() -> events.update(id, saved.version(), withCapacities(draft, null, null)));
        assertThat(mine(dora, id).status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(mine(dora, id).waitingPosition()).isNull();
    }

    @Test
    void a_new_time_counts_a_change_and_mails_the_confirmed_but_a_new_text_does_not() {
        EventDraft draft = Events.draft(clock, EventFormat.IN_PERSON, 1, null);
        long id = Events.published(testMembers, events, draft);
        LoginAccount anna = member("Anna");
        LoginAccount bert = member("Bert");
        Acting.run(anna, () -> registrations.register(id, SeatKind.IN_PERSON));
        Acting.run(bert, () -> registrations.register(id, SeatKind.IN_PERSON));
        long version = admin(() -> events.edit(id)).version();

        EventEdit textOnly = admin(() -> events.update(id, version, EventDrafts.withDescription(draft, "Mit Imbiss.")));
        assertThat(sequence(id)).isZero();
        EventDraft later = EventDrafts.withTimes(
                draft,
                draft.startsAt().plus(Duration.ofHours(1)),
                draft.endsAt().plus(Duration.ofHours(1)));
        admin(() -> events.update(id, textOnly.version(), later));

        assertThat(sequence(id)).isOne();
        assertThat(mails("eventChanged", anna)).isOne();
        assertThat(mails("eventChanged", bert)).as("waiting, not confirmed").isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbox_mail where fact_key = ?",
                        Long.class,
                        "event.changed:" + id + ":1:" + anna.memberId()))
                .isOne();
    }

    @Test
    void a_new_place_counts_a_change_and_mails_the_confirmed() {
        EventDraft draft = Events.draft(clock, EventFormat.IN_PERSON, 1, null);

        changeIsMailed(
                draft, SeatKind.IN_PERSON, EventDrafts.withPlace(draft, "Kampnagel", "Jarrestraße 20, 22303 Hamburg"));
    }

    @Test
    void a_new_address_at_the_same_venue_counts_a_change_and_mails_the_confirmed() {
        EventDraft draft = Events.draft(clock, EventFormat.IN_PERSON, 1, null);

        changeIsMailed(draft, SeatKind.IN_PERSON, EventDrafts.withPlace(draft, draft.venue(), "Rathausmarkt 1"));
    }

    @Test
    void a_new_online_link_counts_a_change_and_mails_the_confirmed() {
        EventDraft draft = Events.draft(clock, EventFormat.ONLINE, null, 1);

        changeIsMailed(draft, SeatKind.ONLINE, EventDrafts.withOnlineLink(draft, "https://meet.example.org/neu"));
    }

    @Test
    void a_new_format_counts_a_change_and_mails_the_confirmed() {
        EventDraft draft = Events.draft(clock, EventFormat.HYBRID, 1, 5);

        changeIsMailed(draft, SeatKind.IN_PERSON, EventDrafts.withFormat(draft, EventFormat.IN_PERSON));
    }

    /**
     * Publishes {@code draft} with one confirmed and one waiting participant of {@code kind}, saves
     * {@code changed}: one change counted, a mail to the confirmed one only.
     */
    private void changeIsMailed(EventDraft draft, SeatKind kind, EventDraft changed) {
        long id = Events.published(testMembers, events, draft);
        LoginAccount confirmed = member("Carla");
        LoginAccount waiting = member("Wilma");
        Acting.run(confirmed, () -> registrations.register(id, kind));
        Acting.run(waiting, () -> registrations.register(id, kind));
        assertThat(mine(waiting, id).status()).isEqualTo(RegistrationStatus.WAITLISTED);
        long version = admin(() -> events.edit(id)).version();

        admin(() -> events.update(id, version, changed));

        assertThat(sequence(id)).isOne();
        assertThat(mails("eventChanged", confirmed)).isOne();
        assertThat(mails("eventChanged", waiting)).as("waiting, not confirmed").isZero();
    }

    @Test
    void duplicating_makes_a_draft_copy_without_registrations() {
        LoginAccount anna = member("Anna");
        EventDraft draft = Events.draft(clock, EventFormat.HYBRID, 5, 5)
                .withAudience(EventAudience.PUBLIC, null, Set.of("netzwerken"), true);
        long id = Events.published(testMembers, events, draft);
        Acting.run(anna, () -> registrations.register(id, SeatKind.ONLINE));

        long copy = admin(() -> events.duplicate(id));

        EventEdit copied = admin(() -> events.edit(copy));
        assertThat(copied.status()).isEqualTo(EventStatus.DRAFT);
        assertThat(copied.draft().title()).isEqualTo(draft.title() + " (Kopie)");
        assertThat(copied.draft().topicSlugs()).containsExactly("netzwerken");
        assertThat(copied.draft().guestsAllowed()).isTrue();
        assertThat(copied.draft().startsAt()).isEqualTo(draft.startsAt());
        assertThat(jdbc.queryForObject("select count(*) from event_registration where event_id = ?", Long.class, copy))
                .isZero();
        assertThat(status(id)).isEqualTo("PUBLISHED");
        assertThat(EventService.copyTitle("x".repeat(EventRules.TITLE_MAX)))
                .hasSize(EventRules.TITLE_MAX)
                .endsWith(" (Kopie)");
    }

    @Test
    void a_cancelled_event_is_not_edited_any_more() {
        EventDraft draft = Events.draft(clock, EventFormat.IN_PERSON, 10, null);
        long id = Events.published(testMembers, events, draft);
        admin(() -> {
            events.cancel(id);
            return null;
        });
        long version = admin(() -> events.edit(id)).version();
        assertThatThrownBy(() -> admin(() -> events.update(id, version, draft))).hasMessage("event.cancelled");
    }

    private <T> T admin(java.util.function.Supplier<T> action) {
        return Acting.as(testMembers.admin(), action);
    }

    private LoginAccount member(String name) {
        return Groups.member(testMembers, name, "Tester");
    }

    private RegistrationSummary mine(LoginAccount account, long eventId) {
        return Acting.as(account, () -> registrations.mine(eventId)).orElseThrow();
    }

    private long mails(String template, LoginAccount account) {
        return Objects.requireNonNull(jdbc.queryForObject(
                "select count(*) from outbox_mail where template = ? and recipient = ?",
                Long.class,
                template,
                account.email()));
    }

    private @Nullable String status(long eventId) {
        return jdbc.queryForObject("select status from event where id = ?", String.class, eventId);
    }

    private int sequence(long eventId) {
        return Objects.requireNonNull(
                jdbc.queryForObject("select sequence_number from event where id = ?", Integer.class, eventId));
    }

    private int taken(long eventId) {
        return Objects.requireNonNull(
                jdbc.queryForObject("select in_person_taken from event where id = ?", Integer.class, eventId));
    }

    private long audited(String action, long eventId) {
        return Objects.requireNonNull(jdbc.queryForObject(
                "select count(*) from audit_entry where action = ? and target = ?",
                Long.class,
                action,
                "event:" + eventId));
    }
}
