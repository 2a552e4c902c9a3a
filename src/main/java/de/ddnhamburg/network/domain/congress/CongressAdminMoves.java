package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.capacity.Counter;
import de.ddnhamburg.network.domain.capacity.WaitingLists;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.congress.Moves.Change;
import de.ddnhamburg.network.domain.congress.Moves.ChoiceMove;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What only an admin does to places, for {@link CongressPlacement} (which callers use), under the
 * congress lock: another category, a waiting registration placed out of turn, a waiting session
 * choice seated out of turn. Nothing here goes beyond a limit silently: the congress's capacity
 * never, a category's quota only by raising it by one and a workshop's capacity only by the one
 * extra seat (decision 011, "One over the capacity"), both only when the admin confirmed it.
 *
 * <p>What an admin places by hand is confirmed (the admin decided, so no approval is pending),
 * except an unconfirmed guest, who still confirms the address.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class CongressAdminMoves {

    private final CongressRegistrationRepository registrations;
    private final CongressSessionChoiceRepository choices;
    private final CongressSessionRepository sessions;
    private final TicketCategoryRepository categories;
    private final CongressSeats seats;
    private final CongressPlacesStore store;

    CongressAdminMoves(
            CongressRegistrationRepository registrations,
            CongressSessionChoiceRepository choices,
            CongressSessionRepository sessions,
            TicketCategoryRepository categories,
            CongressSeats seats,
            CongressPlacesStore store) {
        this.registrations = registrations;
        this.choices = choices;
        this.sessions = sessions;
        this.categories = categories;
        this.seats = seats;
        this.store = store;
    }

    /**
     * Another category. A registration holding a place takes a place of the new category and gives
     * its old one back (its congress place stays); a waiting one leaves its line and is placed, which
     * needs a congress place too. Refused, with nothing changed, when there is no such place. The
     * caller runs {@link CongressPlacement#fill} afterwards for whoever waits for the old category.
     */
    Moves changeCategory(Congress locked, CongressRegistration registration, TicketCategory target, Instant now) {
        CongressPlacement.requireActive(locked, registration);
        if (target.getCongressId() != locked.id()) {
            throw new NotFoundException();
        }
        long from = registration.getCategoryId();
        if (from == target.id()) {
            throw new DomainException("congress.desk.sameCategory");
        }
        CongressPlaces places = store.open(locked);
        Counter wanted = places.category(target.id());
        if (!wanted.hasRoom()) {
            throw new DomainException("congress.desk.categoryFull", target.getName());
        }
        List<ChoiceMove> moves = new ArrayList<>();
        List<Long> placed = new ArrayList<>();
        if (registration.getStatus().holdsPlace()) {
            places.category(from).give();
            wanted.take();
            registration.setCategoryId(target.id());
            placeByAdmin(registration, now);
        } else {
            if (!places.congress().hasRoom()) {
                throw new DomainException("congress.desk.congressFull", locked.getCapacity());
            }
            int position = Objects.requireNonNull(registration.getWaitingPosition());
            places.congress().take();
            wanted.take();
            registration.setCategoryId(target.id());
            placeByAdmin(registration, now);
            WaitingLists.left(new CategoryLine(registrations, places, from), position);
            placeWishes(places, registration, moves);
            placed.add(registration.id());
        }
        places.store();
        return new Moves(placed, moves);
    }

    /**
     * A waiting registration gets its place now, out of turn. It needs a congress place; when its
     * category's quota is used up, the quota is raised by one for it, but only if the admin
     * confirmed that ({@code raiseQuota}), else {@link OverCapacityException}.
     */
    Moves placeNow(Congress locked, CongressRegistration registration, boolean raiseQuota, Instant now) {
        CongressPlacement.requireOf(locked, registration);
        if (registration.getStatus() != CongressRegistrationStatus.WAITLISTED) {
            throw new DomainException("congress.desk.notWaiting");
        }
        CongressPlaces places = store.open(locked);
        if (!places.congress().hasRoom()) {
            throw new DomainException("congress.desk.congressFull", locked.getCapacity());
        }
        long categoryId = registration.getCategoryId();
        Counter category = places.category(categoryId);
        if (!category.hasRoom()) {
            TicketCategory row = categories.findById(categoryId).orElseThrow(NotFoundException::new);
            if (!raiseQuota) {
                throw new OverCapacityException(
                        "congress.desk.full.category", row.getName(), Objects.requireNonNull(category.limit()));
            }
            // Raised before the counters are written, so that the CHECK (taken <= quota) holds.
            categories.raiseQuota(categoryId);
            category.addPlace();
        }
        int position = Objects.requireNonNull(registration.getWaitingPosition());
        places.congress().take();
        category.take();
        placeByAdmin(registration, now);
        WaitingLists.left(new CategoryLine(registrations, places, categoryId), position);
        List<ChoiceMove> moves = new ArrayList<>();
        placeWishes(places, registration, moves);
        places.store();
        return new Moves(List.of(registration.id()), moves);
    }

    /**
     * A waiting session choice is seated now, out of turn: its place in the line and any
     * second-choice seat are given up (to the next in those lines first). When no seat is free after
     * that, the workshop goes one over its capacity, only if the admin confirmed it
     * ({@code oneOver}, else {@link OverCapacityException}) and never twice.
     */
    Moves seatNow(Congress locked, CongressRegistration registration, long slotId, boolean oneOver) {
        CongressPlacement.requireActive(locked, registration);
        if (!registration.getStatus().holdsPlace()) {
            throw new DomainException("congress.desk.noPlaceYet");
        }
        CongressSessionChoice choice = choices.findByRegistrationId(registration.id()).stream()
                .filter(candidate -> candidate.getSlotId() == slotId)
                .findFirst()
                .orElseThrow(NotFoundException::new);
        if (choice.getStatus() != ChoiceStatus.WAITLISTED) {
            throw new DomainException("congress.desk.notWaitingForSession");
        }
        CongressPlaces places = store.open(locked);
        long sessionId = choice.getSessionId();
        Counter seatsOfSession = places.session(sessionId);
        if (!seatsOfSession.hasRoom()) {
            // Asked before anything moves, so that a refusal leaves the lines as they were.
            requireOneOver(sessionId, seatsOfSession, oneOver);
        }
        Deque<Long> freed = new ArrayDeque<>();
        List<ChoiceMove> moves = new ArrayList<>();
        seats.release(places, choice, freed);
        seats.promote(places, freed, moves);
        if (!seatsOfSession.hasRoom()) {
            requireOneOver(sessionId, seatsOfSession, oneOver);
            // Flushed by the repository before the counters are written, so that the CHECK
            // (taken <= capacity + over_capacity) sees the allowance.
            sessions.allowOneOver(sessionId);
            seatsOfSession.addPlace();
        }
        seats.place(places, seats.reread(choice));
        moves.add(CongressSeats.move(choice, Change.PROMOTED));
        places.store();
        return new Moves(List.of(), moves);
    }

    private void requireOneOver(long sessionId, Counter seatsOfSession, boolean oneOver) {
        Integer capacity = Objects.requireNonNull(seatsOfSession.limit(), "an unlimited session is never full");
        String title =
                sessions.findById(sessionId).map(CongressSession::getTitle).orElse("");
        if (seatsOfSession.taken() > capacity) {
            throw new DomainException("congress.desk.oneOverAlready", title, capacity);
        }
        if (!oneOver) {
            throw new OverCapacityException("congress.desk.full.workshop", title, capacity);
        }
    }

    private void placeByAdmin(CongressRegistration registration, Instant now) {
        @Nullable Instant hold = registration.getHoldExpiresAt();
        boolean unconfirmedGuest = hold != null
                && (registration.getStatus() == CongressRegistrationStatus.UNCONFIRMED
                        || registration.getStatus() == CongressRegistrationStatus.WAITLISTED);
        registration.place(
                unconfirmedGuest ? CongressRegistrationStatus.UNCONFIRMED : CongressRegistrationStatus.CONFIRMED,
                null,
                hold);
        if (!unconfirmedGuest && registration.getConfirmedAt() == null) {
            registration.setConfirmedAt(now);
        }
        registrations.saveAndFlush(registration);
    }

    /** The wishes a registration made while it waited are placed now: a seat, or a line. */
    private void placeWishes(CongressPlaces places, CongressRegistration registration, List<ChoiceMove> moves) {
        for (CongressSessionChoice choice : choices.findByRegistrationId(registration.id())) {
            if (choice.getStatus() == ChoiceStatus.PENDING) {
                seats.place(places, choice);
                moves.add(CongressSeats.move(choice, Change.PLACED));
            }
        }
    }
}
