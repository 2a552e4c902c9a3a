package de.ddnhamburg.network.domain.congress;

import static de.ddnhamburg.network.domain.congress.PlacementFixture.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.congress.Moves.Change;
import de.ddnhamburg.network.domain.congress.Moves.ChoiceMove;
import de.ddnhamburg.network.domain.congress.PlacementFixture.Choice;
import de.ddnhamburg.network.domain.congress.PlacementFixture.Registered;
import de.ddnhamburg.network.support.IntegrationTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The placement's rules, one by one, each checked against the tables' invariants too. */
@IntegrationTest
class CongressPlacementTest {

    @Autowired
    PlacementFixture fixture;

    private static Instant at(int second) {
        return START.minusSeconds(10_000).plusSeconds(second);
    }

    @Test
    void a_category_places_up_to_its_quota_then_waits_first_come_first_served() {
        long congress = fixture.congress(100);
        long category = fixture.category(congress, 2);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(fixture.register(congress, category, at(i)).id());
        }

        assertThat(ids.stream().map(fixture::status))
                .containsExactly("CONFIRMED", "CONFIRMED", "WAITLISTED", "WAITLISTED", "WAITLISTED");
        assertThat(fixture.waitingFor(category)).isEqualTo(ids.subList(2, 5));
        assertThat(fixture.taken("ticket_category", category)).isEqualTo(2);
        assertThat(fixture.taken("congress", congress)).isEqualTo(2);
        fixture.assertInvariants(congress);
    }

    @Test
    void a_category_with_free_quota_waits_while_the_congress_is_full() {
        long congress = fixture.congress(3);
        long members = fixture.category(congress, 10);
        long partners = fixture.category(congress, 20);
        fixture.register(congress, members, at(1));
        fixture.register(congress, members, at(2));
        fixture.register(congress, members, at(3));

        Registered partner = fixture.register(congress, partners, at(4));

        assertThat(fixture.status(partner.id())).isEqualTo("WAITLISTED");
        assertThat(fixture.position(partner.id())).isEqualTo(1);
        assertThat(fixture.taken("ticket_category", partners)).isZero();
        fixture.assertInvariants(congress);
    }

    @Test
    void a_cancellation_places_the_first_waiting_and_the_list_closes_up() {
        long congress = fixture.congress(100);
        long category = fixture.category(congress, 1);
        long seated = fixture.register(congress, category, at(1)).id();
        List<Long> waiting = new ArrayList<>();
        for (int i = 2; i <= 5; i++) {
            waiting.add(fixture.register(congress, category, at(i)).id());
        }

        // One leaves from the middle of the list: no gap.
        fixture.on(waiting.get(1), (locked, r) -> fixture.placement.cancel(locked, r, at(10)));
        assertThat(fixture.waitingFor(category)).containsExactly(waiting.get(0), waiting.get(2), waiting.get(3));
        fixture.assertInvariants(congress);

        Moves moves = fixture.on(seated, (locked, r) -> fixture.placement.cancel(locked, r, at(11)));

        assertThat(moves.placed()).containsExactly(waiting.get(0));
        assertThat(fixture.status(waiting.get(0))).isEqualTo("CONFIRMED");
        assertThat(fixture.status(seated)).isEqualTo("CANCELLED");
        assertThat(fixture.waitingFor(category)).containsExactly(waiting.get(2), waiting.get(3));
        assertThat(fixture.position(waiting.get(2))).isEqualTo(1);
        fixture.assertInvariants(congress);
    }

    @Test
    void a_place_freed_in_a_full_congress_goes_to_the_earliest_waiting_of_any_category_with_room() {
        long congress = fixture.congress(2);
        long small = fixture.category(congress, 1);
        long large = fixture.category(congress, 10);
        long leaving = fixture.register(congress, small, at(1)).id();
        fixture.register(congress, large, at(2));
        long waitingLarge = fixture.register(congress, large, at(3)).id();
        long waitingSmall = fixture.register(congress, small, at(4)).id();

        Moves moves = fixture.on(leaving, (locked, r) -> fixture.placement.cancel(locked, r, at(5)));

        // The small category has room again, but the large one's waiting registered earlier.
        assertThat(moves.placed()).containsExactly(waitingLarge);
        assertThat(fixture.status(waitingSmall)).isEqualTo("WAITLISTED");
        fixture.assertInvariants(congress);
    }

    @Test
    void a_full_workshop_waitlists_with_a_position_and_seats_the_second_choice_meanwhile() {
        long congress = fixture.congress(100);
        long category = fixture.category(congress, 100);
        long slot = fixture.slot(congress, 1);
        long full = fixture.workshop(congress, slot, 1);
        long other = fixture.workshop(congress, slot, 2);
        long first = fixture.register(congress, category, at(1), SessionWish.of(slot, full))
                .id();

        Registered second = fixture.register(congress, category, at(2), new SessionWish(slot, full, other));
        Registered third = fixture.register(congress, category, at(3), new SessionWish(slot, full, null));

        assertThat(fixture.choice(first, slot)).isEqualTo(new Choice(full, "SEATED", null, null));
        assertThat(fixture.choice(second.id(), slot)).isEqualTo(new Choice(full, "WAITLISTED", 1, other));
        assertThat(fixture.choice(third.id(), slot)).isEqualTo(new Choice(full, "WAITLISTED", 2, null));
        assertThat(second.moves().choicesOf(second.id()))
                .containsExactly(
                        new ChoiceMove(second.id(), slot, full, ChoiceStatus.WAITLISTED, 1, other, Change.CHOSEN));
        assertThat(fixture.taken("congress_session", other)).isEqualTo(1);
        fixture.assertInvariants(congress);
    }

    @Test
    void a_promoted_first_choice_gives_its_second_choice_seat_to_the_next_in_that_line() {
        long congress = fixture.congress(100);
        long category = fixture.category(congress, 100);
        long slot = fixture.slot(congress, 1);
        long a = fixture.workshop(congress, slot, 1);
        long b = fixture.workshop(congress, slot, 1);
        long inA = fixture.register(congress, category, at(1), SessionWish.of(slot, a))
                .id();
        // Waits for A, holds B's only seat meanwhile.
        long waitsForA = fixture.register(congress, category, at(2), new SessionWish(slot, a, b))
                .id();
        // Waits for B (full through that second-choice seat).
        long waitsForB = fixture.register(congress, category, at(3), SessionWish.of(slot, b))
                .id();
        assertThat(fixture.choice(waitsForB, slot)).isEqualTo(new Choice(b, "WAITLISTED", 1, null));

        Moves moves = fixture.on(inA, (locked, r) -> fixture.placement.cancel(locked, r, at(4)));

        assertThat(fixture.choice(waitsForA, slot)).isEqualTo(new Choice(a, "SEATED", null, null));
        assertThat(fixture.choice(waitsForB, slot)).isEqualTo(new Choice(b, "SEATED", null, null));
        assertThat(moves.choices())
                .extracting(ChoiceMove::registrationId, ChoiceMove::change)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(waitsForA, Change.PROMOTED),
                        org.assertj.core.groups.Tuple.tuple(waitsForB, Change.PROMOTED));
        assertThat(moves.concerned(inA)).containsExactly(waitsForA, waitsForB);
        fixture.assertInvariants(congress);
    }

    @Test
    void wishes_of_a_waiting_registration_are_pending_and_placed_when_it_gets_its_place() {
        long congress = fixture.congress(1);
        long category = fixture.category(congress, 10);
        long slot = fixture.slot(congress, 1);
        long workshop = fixture.workshop(congress, slot, 5);
        long leaving = fixture.register(congress, category, at(1), SessionWish.of(slot, workshop))
                .id();
        Registered waiting = fixture.register(congress, category, at(2), SessionWish.of(slot, workshop));
        assertThat(fixture.choice(waiting.id(), slot)).isEqualTo(new Choice(workshop, "PENDING", null, null));
        assertThat(fixture.taken("congress_session", workshop)).isEqualTo(1);

        Moves moves = fixture.on(leaving, (locked, r) -> fixture.placement.cancel(locked, r, at(3)));

        assertThat(moves.placed()).containsExactly(waiting.id());
        assertThat(moves.choicesOf(waiting.id()))
                .containsExactly(
                        new ChoiceMove(waiting.id(), slot, workshop, ChoiceStatus.SEATED, null, null, Change.PLACED));
        assertThat(fixture.choice(leaving, slot)).isNull();
        assertThat(fixture.taken("congress_session", workshop)).isEqualTo(1);
        fixture.assertInvariants(congress);
    }

    @Test
    void changing_a_wish_frees_the_seat_for_the_first_waiting_and_places_the_new_one_last() {
        long congress = fixture.congress(100);
        long category = fixture.category(congress, 100);
        long slot = fixture.slot(congress, 1);
        long a = fixture.workshop(congress, slot, 1);
        long b = fixture.workshop(congress, slot, 1);
        long mover = fixture.register(congress, category, at(1), SessionWish.of(slot, a))
                .id();
        long inB = fixture.register(congress, category, at(2), SessionWish.of(slot, b))
                .id();
        long waitsA = fixture.register(congress, category, at(3), SessionWish.of(slot, a))
                .id();
        long waitsB = fixture.register(congress, category, at(4), SessionWish.of(slot, b))
                .id();

        Moves moves = fixture.on(
                mover, (locked, r) -> fixture.placement.changeWish(locked, r, SessionWish.of(slot, b), at(5)));

        assertThat(fixture.choice(waitsA, slot)).isEqualTo(new Choice(a, "SEATED", null, null));
        assertThat(fixture.choice(mover, slot)).isEqualTo(new Choice(b, "WAITLISTED", 2, null));
        assertThat(fixture.waitingForSession(b)).containsExactly(waitsB, mover);
        assertThat(moves.choices())
                .containsExactly(
                        new ChoiceMove(waitsA, slot, a, ChoiceStatus.SEATED, null, null, Change.PROMOTED),
                        new ChoiceMove(mover, slot, b, ChoiceStatus.WAITLISTED, 2, null, Change.CHOSEN));
        assertThat(fixture.choice(inB, slot)).isEqualTo(new Choice(b, "SEATED", null, null));
        fixture.assertInvariants(congress);
    }

    @Test
    void changing_only_the_second_choice_keeps_the_place_in_the_line() {
        long congress = fixture.congress(100);
        long category = fixture.category(congress, 100);
        long slot = fixture.slot(congress, 1);
        long a = fixture.workshop(congress, slot, 1);
        long b = fixture.workshop(congress, slot, 1);
        long c = fixture.workshop(congress, slot, 5);
        fixture.register(congress, category, at(1), SessionWish.of(slot, a));
        long waiting = fixture.register(congress, category, at(2), new SessionWish(slot, a, b))
                .id();
        long waitsB = fixture.register(congress, category, at(3), SessionWish.of(slot, b))
                .id();
        fixture.register(congress, category, at(4), SessionWish.of(slot, a));

        Moves moves = fixture.on(
                waiting, (locked, r) -> fixture.placement.changeWish(locked, r, new SessionWish(slot, a, c), at(5)));

        assertThat(fixture.choice(waiting, slot)).isEqualTo(new Choice(a, "WAITLISTED", 1, c));
        assertThat(fixture.choice(waitsB, slot)).isEqualTo(new Choice(b, "SEATED", null, null));
        assertThat(moves.concerned(waiting)).containsExactly(waitsB);
        fixture.assertInvariants(congress);
    }

    @Test
    void dropping_a_wish_frees_its_seat_for_the_next_in_line() {
        long congress = fixture.congress(100);
        long category = fixture.category(congress, 100);
        long slot = fixture.slot(congress, 1);
        long a = fixture.workshop(congress, slot, 1);
        long seated = fixture.register(congress, category, at(1), SessionWish.of(slot, a))
                .id();
        long waiting = fixture.register(congress, category, at(2), SessionWish.of(slot, a))
                .id();

        Moves moves = fixture.on(seated, (locked, r) -> fixture.placement.dropWish(locked, r, slot));

        assertThat(fixture.choice(seated, slot)).isNull();
        assertThat(fixture.choice(waiting, slot)).isEqualTo(new Choice(a, "SEATED", null, null));
        assertThat(moves.choices()).extracting(ChoiceMove::change).containsExactly(Change.DROPPED, Change.PROMOTED);
        assertThat(fixture.status(seated)).isEqualTo("CONFIRMED");
        fixture.assertInvariants(congress);
    }

    @Test
    void fill_after_raised_capacities_promotes_sessions_and_registrations_across_categories_by_arrival() {
        long congress = fixture.congress(2);
        long one = fixture.category(congress, 1);
        long two = fixture.category(congress, 5);
        long slot = fixture.slot(congress, 1);
        long workshop = fixture.workshop(congress, slot, 1);
        fixture.register(congress, one, at(1), SessionWish.of(slot, workshop));
        fixture.register(congress, two, at(2));
        long waitsInOne = fixture.register(congress, one, at(3)).id();
        long waitsInTwo = fixture.register(congress, two, at(4), SessionWish.of(slot, workshop))
                .id();
        long laterInTwo = fixture.register(congress, two, at(5)).id();
        long laterInOne = fixture.register(congress, one, at(6)).id();

        fixture.jdbc.update("update congress set capacity = 4 where id = ?", congress);
        fixture.jdbc.update("update ticket_category set quota = 3 where id = ?", one);
        Moves moves = fixture.fill(congress);

        // Two congress places: the earliest waiting of both categories, in order of arrival.
        assertThat(moves.placed()).containsExactly(waitsInOne, waitsInTwo);
        assertThat(fixture.choice(waitsInTwo, slot)).isEqualTo(new Choice(workshop, "WAITLISTED", 1, null));
        assertThat(fixture.waitingFor(two)).containsExactly(laterInTwo);
        assertThat(fixture.waitingFor(one)).containsExactly(laterInOne);
        assertThat(fixture.position(laterInOne)).isEqualTo(1);

        fixture.jdbc.update("update congress_session set capacity = 2 where id = ?", workshop);
        Moves seats = fixture.fill(congress);
        assertThat(seats.choices())
                .containsExactly(
                        new ChoiceMove(waitsInTwo, slot, workshop, ChoiceStatus.SEATED, null, null, Change.PROMOTED));
        fixture.assertInvariants(congress);
    }

    @Test
    void a_cancelled_session_drops_its_wishes_and_frees_second_choice_seats_held_for_its_line() {
        long congress = fixture.congress(100);
        long category = fixture.category(congress, 100);
        long slot = fixture.slot(congress, 1);
        long cancelled = fixture.workshop(congress, slot, 1);
        long b = fixture.workshop(congress, slot, 1);
        long c = fixture.workshop(congress, slot, 1);
        long inCancelled = fixture.register(congress, category, at(1), SessionWish.of(slot, cancelled))
                .id();
        long waitsCancelledHoldsB = fixture.register(congress, category, at(2), new SessionWish(slot, cancelled, b))
                .id();
        long waitsB = fixture.register(congress, category, at(3), SessionWish.of(slot, b))
                .id();
        fixture.register(congress, category, at(4), SessionWish.of(slot, c));
        long waitsCHoldsNothing = fixture.register(congress, category, at(5), new SessionWish(slot, c, b))
                .id();
        assertThat(fixture.choice(waitsCHoldsNothing, slot)).isEqualTo(new Choice(c, "WAITLISTED", 1, null));

        Moves moves = fixture.inTransaction(
                locked -> fixture.placement.cancelSession(
                        locked, fixture.sessions.findById(cancelled).orElseThrow()),
                congress);

        assertThat(fixture.choice(inCancelled, slot)).isNull();
        assertThat(fixture.choice(waitsCancelledHoldsB, slot)).isNull();
        assertThat(fixture.choice(waitsB, slot)).isEqualTo(new Choice(b, "SEATED", null, null));
        assertThat(moves.choices())
                .extracting(ChoiceMove::registrationId, ChoiceMove::change)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(inCancelled, Change.DROPPED),
                        org.assertj.core.groups.Tuple.tuple(waitsCancelledHoldsB, Change.DROPPED),
                        org.assertj.core.groups.Tuple.tuple(waitsB, Change.PROMOTED));
        assertThat(fixture.taken("congress_session", cancelled)).isZero();
        assertThatThrownBy(() -> fixture.register(congress, category, at(6), SessionWish.of(slot, cancelled)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("congress.placement.sessionCancelled");
        fixture.assertInvariants(congress);
    }

    @Test
    void a_second_choice_seat_is_dropped_when_that_session_is_cancelled() {
        long congress = fixture.congress(100);
        long category = fixture.category(congress, 100);
        long slot = fixture.slot(congress, 1);
        long a = fixture.workshop(congress, slot, 1);
        long b = fixture.workshop(congress, slot, 3);
        fixture.register(congress, category, at(1), SessionWish.of(slot, a));
        long waiting = fixture.register(congress, category, at(2), new SessionWish(slot, a, b))
                .id();

        Moves moves = fixture.inTransaction(
                locked -> fixture.placement.cancelSession(
                        locked, fixture.sessions.findById(b).orElseThrow()),
                congress);

        assertThat(fixture.choice(waiting, slot)).isEqualTo(new Choice(a, "WAITLISTED", 1, null));
        assertThat(moves.choices())
                .containsExactly(new ChoiceMove(
                        waiting, slot, a, ChoiceStatus.WAITLISTED, 1, null, Change.SECOND_CHOICE_DROPPED));
        fixture.assertInvariants(congress);
    }

    @Test
    void an_unconfirmed_guest_holds_the_place_until_confirmed_or_the_hold_runs_out() {
        long congress = fixture.congress(100);
        long category = fixture.category(congress, 1);
        Instant until = at(100);
        Registered guest = fixture.register(congress, category, List.of(), Hold.until(until), at(1));
        Registered unconfirmedWaiting = fixture.register(congress, category, List.of(), Hold.until(until), at(2));
        long waiting = fixture.register(congress, category, at(3)).id();
        assertThat(fixture.status(guest.id())).isEqualTo("UNCONFIRMED");

        // Not yet due: nothing happens.
        assertThat(fixture.on(guest.id(), (locked, r) -> fixture.placement.expireHold(locked, r, at(99))))
                .isEqualTo(Moves.none());
        // The waiting guest confirms: keeps the place in the line, without a hold.
        fixture.on(unconfirmedWaiting.id(), (locked, r) -> fixture.placement.confirm(locked, r, false, at(50)));
        Moves moves = fixture.on(guest.id(), (locked, r) -> fixture.placement.expireHold(locked, r, at(100)));

        assertThat(fixture.status(guest.id())).isEqualTo("CANCELLED");
        assertThat(moves.placed()).containsExactly(unconfirmedWaiting.id());
        assertThat(fixture.status(unconfirmedWaiting.id())).isEqualTo("CONFIRMED");
        assertThat(fixture.position(waiting)).isEqualTo(1);
        fixture.assertInvariants(congress);
    }

    @Test
    void approval_keeps_the_place_and_rejection_gives_it_to_the_next() {
        long congress = fixture.congress(100);
        long category = fixture.category(congress, 1, true);
        long approved = fixture.register(congress, category, List.of(), Hold.awaitingApproval(), at(1))
                .id();
        long next = fixture.register(congress, category, at(2)).id();
        assertThat(fixture.status(approved)).isEqualTo("AWAITING_APPROVAL");

        fixture.on(approved, (locked, r) -> fixture.placement.approve(locked, r, at(3)));
        assertThat(fixture.status(approved)).isEqualTo("CONFIRMED");
        assertThatThrownBy(() -> fixture.on(approved, (locked, r) -> fixture.placement.reject(locked, r, at(4))))
                .hasMessageContaining("congress.placement.notAwaitingApproval");

        // Promoted into a category that needs approval: awaits it.
        fixture.on(approved, (locked, r) -> fixture.placement.cancel(locked, r, at(5)));
        assertThat(fixture.status(next)).isEqualTo("AWAITING_APPROVAL");
        long third = fixture.register(congress, category, at(6)).id();
        Moves moves = fixture.on(next, (locked, r) -> fixture.placement.reject(locked, r, at(7)));
        assertThat(fixture.status(next)).isEqualTo("CANCELLED");
        assertThat(moves.placed()).containsExactly(third);
        fixture.assertInvariants(congress);
    }

    @Test
    void wishes_for_another_slot_or_twice_for_one_slot_are_refused() {
        long congress = fixture.congress(100);
        long category = fixture.category(congress, 100);
        long slot = fixture.slot(congress, 1);
        long otherSlot = fixture.slot(congress, 2);
        long a = fixture.workshop(congress, slot, 3);
        long b = fixture.workshop(congress, slot, 3);

        assertThatThrownBy(() -> fixture.register(congress, category, at(1), SessionWish.of(otherSlot, a)))
                .hasMessageContaining("congress.placement.wrongSlot");
        assertThatThrownBy(() ->
                        fixture.register(congress, category, at(1), SessionWish.of(slot, a), SessionWish.of(slot, b)))
                .hasMessageContaining("congress.placement.slotTwice");
        long otherCongress = fixture.congress(10);
        long foreignCategory = fixture.category(otherCongress, 10);
        assertThatThrownBy(() -> fixture.register(otherCongress, foreignCategory, at(1), SessionWish.of(slot, a)))
                .isInstanceOf(DomainException.class);
        assertThat(fixture.taken("congress_session", a)).isZero();
        fixture.assertInvariants(congress);
    }
}
