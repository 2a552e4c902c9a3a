package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import java.time.Instant;
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
 * answers with the {@link Moves}, so that the caller can mail everyone concerned. The work is done
 * by {@link CongressArrivals} (registering), {@link CongressDepartures} (cancelling, filling) and
 * {@link CongressWishes} (changing wishes, cancelling sessions), with {@link CongressSeats}.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class CongressPlacement {

    private final CongressRepository congresses;
    private final CongressRegistrationRepository registrations;
    private final CongressArrivals arrivals;
    private final CongressDepartures departures;
    private final CongressWishes wishes;
    private final CongressPlacesStore store;
    private final CongressAdminMoves adminMoves;

    CongressPlacement(
            CongressRepository congresses,
            CongressRegistrationRepository registrations,
            CongressArrivals arrivals,
            CongressDepartures departures,
            CongressWishes wishes,
            CongressPlacesStore store,
            CongressAdminMoves adminMoves) {
        this.congresses = congresses;
        this.registrations = registrations;
        this.arrivals = arrivals;
        this.departures = departures;
        this.wishes = wishes;
        this.store = store;
        this.adminMoves = adminMoves;
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
        return arrivals.register(locked, places, registration, category, wishes, hold, now);
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
        return departures.cancel(locked, registration, now);
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
        return departures.fill(locked);
    }

    /**
     * Cancels a session: its seats and waiting list are gone (the wishes are dropped, and whoever
     * waited for it gives back a second-choice seat held elsewhere); those holding a seat of it as
     * their second choice keep waiting without it. Freed seats go to the next in line.
     */
    Moves cancelSession(Congress locked, CongressSession session) {
        return wishes.cancelSession(locked, session);
    }

    /**
     * An admin moves the registration to another category (a place of it, or refused); whoever
     * waits for the old one is placed by a {@link #fill} the caller runs next.
     */
    Moves changeCategory(Congress locked, CongressRegistration registration, TicketCategory target, Instant now) {
        return adminMoves.changeCategory(locked, registration, target, now);
    }

    /** An admin places a waiting registration out of turn (raising its category's quota by one if confirmed). */
    Moves placeNow(Congress locked, CongressRegistration registration, boolean raiseQuota, Instant now) {
        return adminMoves.placeNow(locked, registration, raiseQuota, now);
    }

    /** An admin seats a waiting session choice out of turn (one over the capacity only if confirmed). */
    Moves seatNow(Congress locked, CongressRegistration registration, long slotId, boolean oneOver) {
        return adminMoves.seatNow(locked, registration, slotId, oneOver);
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
