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
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place where congress places, category quotas and session seats are taken and given back
 * (decision 011), built on the shared {@code domain.capacity} mechanism:
 * <ol>
 *   <li>the caller takes {@link #lock} first: the row lock of the congress; nothing may have loaded
 *       the congress earlier in the transaction, and nothing else is locked (lock order: the
 *       congress row, then only rows that every writer reaches through that lock);
 *   <li>the counters ({@code congress.taken}, {@code ticket_category.taken},
 *       {@code congress_session.taken}) are read under the lock and written once at the end, where
 *       CHECKs refuse anything beyond a capacity;
 *   <li>a registration takes a congress place and a place of its category, or waits at the end of
 *       its category's list; the categories' lists share the congress's places, so a freed place
 *       goes to the earliest registration among the first of each list whose category has room;
 *   <li>a wish takes a seat of its session, or waits at the end of the session's list and holds a
 *       seat of the second choice meanwhile; promoted, it gives that seat to the next in line;
 *   <li>waiting lists close up: positions are always 1..n.
 * </ol>
 * Every method runs in the caller's transaction (which holds the lock until its commit) and
 * answers with the {@link Moves}, so that the caller can mail everyone concerned.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class CongressPlacement {

    private static final Comparator<CongressRegistration> ARRIVAL =
            Comparator.comparing(CongressRegistration::getRegisteredAt).thenComparing(CongressRegistration::id);

    private final CongressRepository congresses;
    private final CongressRegistrationRepository registrations;
    private final CongressSessionChoiceRepository choices;
    private final CongressSeats seats;
    private final CongressWishes wishes;
    private final CongressPlacesStore store;

    CongressPlacement(
            CongressRepository congresses,
            CongressRegistrationRepository registrations,
            CongressSessionChoiceRepository choices,
            CongressSeats seats,
            CongressWishes wishes,
            CongressPlacesStore store) {
        this.congresses = congresses;
        this.registrations = registrations;
        this.choices = choices;
        this.seats = seats;
        this.wishes = wishes;
        this.store = store;
    }

    /** Locks the congress row and reads it; the first thing every placement's caller does. */
    Congress lock(long congressId) {
        return congresses.lockById(congressId).orElseThrow(NotFoundException::new);
    }

    /** The counters of one operation on the locked congress, or of several registrations under one lock. */
    CongressPlaces open(Congress locked) {
        return store.open(locked);
    }

    /**
     * Places a new registration (or one cancelled before): a congress and category place if both
     * have room, held as {@code hold} says, else the end of the category's waiting list; then its
     * wishes, seated or waiting, or PENDING while the registration waits.
     */
    Moves register(
            Congress locked,
            CongressRegistration registration,
            TicketCategory category,
            List<SessionWish> wishes,
            Hold hold,
            Instant now) {
        CongressPlaces places = open(locked);
        Moves moves = register(locked, places, registration, category, wishes, hold, now);
        places.store();
        return moves;
    }

    /**
     * As {@link #register(Congress, CongressRegistration, TicketCategory, List, Hold, Instant)}, with
     * counters that several registrations under one lock share: the caller stores them once, at the
     * end ({@link CongressLockBatches}).
     */
    Moves register(
            Congress locked,
            CongressPlaces places,
            CongressRegistration registration,
            TicketCategory category,
            List<SessionWish> wishes,
            Hold hold,
            Instant now) {
        requireOf(locked, registration);
        if (category.getCongressId() != locked.id() || registration.getCategoryId() != category.id()) {
            throw new NotFoundException();
        }
        if (registration.getStatus() != CongressRegistrationStatus.CANCELLED) {
            throw new DomainException("congress.placement.alreadyRegistered");
        }
        seats.check(places, wishes);
        Counter congressPlaces = places.congress();
        Counter categoryPlaces = places.category(category.id());
        registration.setRegisteredAt(now);
        registration.setCancelledAt(null);
        if (congressPlaces.hasRoom() && categoryPlaces.hasRoom()) {
            congressPlaces.take();
            categoryPlaces.take();
            registration.place(hold.status(), null, hold.expiresAt());
        } else {
            registrations.flush();
            int position = WaitingLists.nextPosition(new CategoryLine(registrations, places, category.id()));
            registration.place(CongressRegistrationStatus.WAITLISTED, position, hold.expiresAt());
        }
        if (registration.getStatus() == CongressRegistrationStatus.CONFIRMED) {
            // Confirmed now, stamped before the insert rather than by an update after it.
            registration.setConfirmedAt(now);
        }
        CongressRegistration saved = registrations.saveAndFlush(registration);
        List<ChoiceMove> moves = new ArrayList<>();
        List<CongressSessionChoice> chosen = new ArrayList<>();
        for (SessionWish wish : wishes) {
            CongressSessionChoice choice = new CongressSessionChoice(saved.id(), wish.slotId(), wish.sessionId(), now);
            choice.setSecondChoice(wish.secondChoiceSessionId());
            if (saved.getStatus().holdsPlace()) {
                seats.decide(places, choice);
            }
            chosen.add(choice);
            moves.add(CongressSeats.move(choice, Change.CHOSEN));
        }
        store.insert(chosen);
        category.takenStored(categoryPlaces.taken());
        return new Moves(List.of(), moves);
    }

    /**
     * The guest confirmed the address: an unconfirmed place becomes confirmed (or awaits approval);
     * a waiting registration keeps its place in the list, without a hold.
     */
    Moves confirm(Congress locked, CongressRegistration registration, boolean needsApproval, Instant now) {
        requireOf(locked, registration);
        switch (registration.getStatus()) {
            case UNCONFIRMED ->
                registration.place(
                        needsApproval
                                ? CongressRegistrationStatus.AWAITING_APPROVAL
                                : CongressRegistrationStatus.CONFIRMED,
                        null,
                        null);
            case WAITLISTED ->
                registration.place(CongressRegistrationStatus.WAITLISTED, registration.getWaitingPosition(), null);
            default -> {
                return Moves.none();
            }
        }
        registration.setConfirmedAt(now);
        registrations.save(registration);
        return Moves.none();
    }

    /** An admin approves a registration that awaits approval; it keeps its place. */
    Moves approve(Congress locked, CongressRegistration registration, Instant now) {
        requireAwaitingApproval(locked, registration);
        registration.place(CongressRegistrationStatus.CONFIRMED, null, null);
        if (registration.getConfirmedAt() == null) {
            registration.setConfirmedAt(now);
        }
        registrations.save(registration);
        return Moves.none();
    }

    /** An admin rejects a registration that awaits approval: its places go to the waiting. */
    Moves reject(Congress locked, CongressRegistration registration, Instant now) {
        requireAwaitingApproval(locked, registration);
        return cancel(locked, registration, now);
    }

    /** The hold ran out without a confirmation: released as if cancelled. Nothing if confirmed since. */
    Moves expireHold(Congress locked, CongressRegistration registration, Instant now) {
        requireOf(locked, registration);
        @Nullable Instant expires = registration.getHoldExpiresAt();
        boolean unconfirmed = registration.getStatus() == CongressRegistrationStatus.UNCONFIRMED
                || registration.getStatus() == CongressRegistrationStatus.WAITLISTED;
        if (expires == null || !unconfirmed || expires.isAfter(now)) {
            return Moves.none();
        }
        return cancel(locked, registration, now);
    }

    /**
     * Cancels the registration: its seats go to the first waiting of each session, its place (or
     * waiting place) frees up, and the first waiting registrations are placed; lists close up.
     */
    Moves cancel(Congress locked, CongressRegistration registration, Instant now) {
        requireOf(locked, registration);
        if (registration.getStatus() == CongressRegistrationStatus.CANCELLED) {
            return Moves.none();
        }
        CongressPlaces places = places(locked);
        Deque<Long> freed = new ArrayDeque<>();
        boolean held = registration.getStatus().holdsPlace();
        @Nullable Integer position = registration.getWaitingPosition();
        for (CongressSessionChoice choice : choices.findByRegistrationId(registration.id())) {
            seats.release(places, choice, freed);
            choices.delete(choice);
        }
        registration.place(CongressRegistrationStatus.CANCELLED, null, null);
        registration.setCancelledAt(now);
        registrations.saveAndFlush(registration);
        if (position != null) {
            WaitingLists.left(new CategoryLine(registrations, places, registration.getCategoryId()), position);
        }
        if (held) {
            places.congress().give();
            places.category(registration.getCategoryId()).give();
        }
        return promoteAndStore(places, freed, new ArrayList<>());
    }

    /**
     * A new wish for a slot (or another second choice): the old choice gives back its seat or
     * waiting place, whose seat goes to the next in line, then the new one is placed as at
     * registering, arriving now. Changing only the second choice keeps the place in the line.
     */
    Moves changeWish(Congress locked, CongressRegistration registration, SessionWish wish, Instant now) {
        return wishes.change(locked, registration, wish, now);
    }

    /** No wish for that slot any more: the seat or waiting place goes to the next in line. */
    Moves dropWish(Congress locked, CongressRegistration registration, long slotId) {
        return wishes.drop(locked, registration, slotId);
    }

    /**
     * After a capacity, quota or session capacity was raised (or anything else freed places): the
     * waiting get what is free, sessions first, then registrations across categories by arrival.
     */
    Moves fill(Congress locked) {
        CongressPlaces places = places(locked);
        places.categoryIds();
        Deque<Long> freed = new ArrayDeque<>(places.readAllSessions());
        return promoteAndStore(places, freed, new ArrayList<>());
    }

    /**
     * Cancels a session: its seats and waiting list are gone (the wishes are dropped, and whoever
     * waited for it gives back a second-choice seat held elsewhere); those holding a seat of it as
     * their second choice keep waiting without it. Freed seats go to the next in line.
     */
    Moves cancelSession(Congress locked, CongressSession session) {
        return wishes.cancelSession(locked, session);
    }

    private Moves promoteAndStore(CongressPlaces places, Deque<Long> freed, List<ChoiceMove> moves) {
        // Sessions first: those who already have a place waited for these seats before anyone
        // whose pending wishes are placed below.
        seats.promote(places, freed, moves);
        List<CategoryLine> lists = places.categoryIds().stream()
                .map(id -> new CategoryLine(registrations, places, id))
                .toList();
        List<CongressRegistration> placed = WaitingLists.promote(lists, ARRIVAL);
        for (CongressRegistration registration : placed) {
            for (CongressSessionChoice choice : choices.findByRegistrationId(registration.id())) {
                if (choice.getStatus() == ChoiceStatus.PENDING) {
                    seats.place(places, choice);
                    moves.add(CongressSeats.move(choice, Change.PLACED));
                }
            }
        }
        places.store();
        return new Moves(placed.stream().map(CongressRegistration::id).toList(), moves);
    }

    private CongressPlaces places(Congress locked) {
        return open(locked);
    }

    static void requireOf(Congress locked, CongressRegistration registration) {
        if (registration.getCongressId() != locked.id()) {
            throw new NotFoundException();
        }
    }

    static void requireActive(Congress locked, CongressRegistration registration) {
        requireOf(locked, registration);
        if (registration.getStatus() == CongressRegistrationStatus.CANCELLED) {
            throw new DomainException("congress.placement.cancelled");
        }
    }

    private static void requireAwaitingApproval(Congress locked, CongressRegistration registration) {
        requireOf(locked, registration);
        if (registration.getStatus() != CongressRegistrationStatus.AWAITING_APPROVAL) {
            throw new DomainException("congress.placement.notAwaitingApproval");
        }
    }
}
