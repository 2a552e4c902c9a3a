package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.capacity.Counter;
import de.ddnhamburg.network.domain.capacity.WaitingList;
import de.ddnhamburg.network.domain.capacity.WaitingLists;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.congress.Moves.Change;
import de.ddnhamburg.network.domain.congress.Moves.ChoiceMove;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seats of sessions, for {@link CongressPlacement}, under the congress lock: places a wish
 * (seat, or the end of the session's waiting list with the second choice's seat meanwhile), gives
 * seats back, and promotes the session waiting lists, where a promoted choice gives its
 * second-choice seat to the next in line of that session, and so on.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class CongressSeats {

    private final CongressSessionChoiceRepository choices;
    private final EntityManager entityManager;

    CongressSeats(CongressSessionChoiceRepository choices, EntityManager entityManager) {
        this.choices = choices;
        this.entityManager = entityManager;
    }

    /**
     * Refuses wishes for sessions of another congress or slot, cancelled sessions, or two wishes
     * for one slot; reads the seats of every session named, in one query.
     */
    void check(CongressPlaces places, Collection<SessionWish> wishes) {
        List<Long> named = new ArrayList<>();
        Set<Long> slots = new HashSet<>();
        for (SessionWish wish : wishes) {
            if (!slots.add(wish.slotId())) {
                throw new DomainException("congress.placement.slotTwice");
            }
            named.add(wish.sessionId());
            if (wish.secondChoiceSessionId() != null) {
                named.add(wish.secondChoiceSessionId());
            }
        }
        places.read(named);
        for (SessionWish wish : wishes) {
            requireOpen(places, wish.slotId(), wish.sessionId());
            if (wish.secondChoiceSessionId() != null) {
                requireOpen(places, wish.slotId(), wish.secondChoiceSessionId());
            }
        }
    }

    private static void requireOpen(CongressPlaces places, long slotId, long sessionId) {
        SessionSeats session = places.sessionRow(sessionId);
        if (session.slotId() != slotId) {
            throw new DomainException("congress.placement.wrongSlot");
        }
        if (session.status() == SessionStatus.CANCELLED) {
            throw new DomainException("congress.placement.sessionCancelled");
        }
    }

    /**
     * Places the choice of a registration that holds a place: a seat if one is free, else the end
     * of the session's waiting list, holding a seat of the second choice meanwhile if it has one.
     * A second choice without a free seat is kept as the wish, but not waited for.
     */
    void place(CongressPlaces places, CongressSessionChoice choice) {
        decide(places, choice);
        choices.save(choice);
    }

    /** As {@link #place}, without saving: for new choices the caller inserts in one batch. */
    void decide(CongressPlaces places, CongressSessionChoice choice) {
        Counter first = places.session(choice.getSessionId());
        if (first.hasRoom()) {
            first.take();
            choice.seat();
        } else {
            @Nullable Long second = choice.getSecondChoiceSessionId();
            @Nullable Long fallback = null;
            if (second != null && places.session(second).hasRoom()) {
                places.session(second).take();
                fallback = second;
            }
            choices.flush();
            int position = WaitingLists.nextPosition(new SessionList(places, choice.getSessionId(), null));
            choice.waitFor(position, fallback);
            places.appended(CongressPlaces.Kind.SESSION, choice.getSessionId(), position);
        }
    }

    /**
     * The choice gives back what it holds (its seat; or its waiting place, which closes up, and its
     * second-choice seat) and is PENDING afterwards. Freed sessions are added to {@code freed}.
     */
    void release(CongressPlaces places, CongressSessionChoice choice, Deque<Long> freed) {
        ChoiceStatus status = choice.getStatus();
        long sessionId = choice.getSessionId();
        @Nullable Integer position = choice.getWaitingPosition();
        @Nullable Long fallback = choice.getFallbackSessionId();
        if (status == ChoiceStatus.SEATED) {
            places.session(sessionId).give();
            offer(freed, sessionId);
        }
        if (fallback != null) {
            places.session(fallback).give();
            offer(freed, fallback);
        }
        choice.pend();
        choices.save(choice);
        if (status == ChoiceStatus.WAITLISTED && position != null) {
            WaitingLists.left(new SessionList(places, sessionId, freed), position);
        }
    }

    /** Gives back the second-choice seat a waiting choice holds, keeping its place in the list. */
    void releaseFallback(CongressPlaces places, CongressSessionChoice choice, Deque<Long> freed) {
        @Nullable Long fallback = choice.getFallbackSessionId();
        if (fallback != null) {
            places.session(fallback).give();
            offer(freed, fallback);
            choice.waitFor(Objects.requireNonNull(choice.getWaitingPosition()), null);
            choices.save(choice);
        }
    }

    /** A waiting choice without a second-choice seat takes one if its second choice has room. */
    void holdSecondChoice(CongressPlaces places, CongressSessionChoice choice) {
        @Nullable Long second = choice.getSecondChoiceSessionId();
        if (choice.getStatus() == ChoiceStatus.WAITLISTED
                && choice.getFallbackSessionId() == null
                && second != null
                && places.session(second).hasRoom()) {
            places.session(second).take();
            choice.waitFor(Objects.requireNonNull(choice.getWaitingPosition()), second);
            choices.save(choice);
        }
    }

    /**
     * Gives the free seats of the {@code freed} sessions to their waiting lists, first come first
     * served; a promoted choice's second-choice seat is freed in turn, for the next in its line.
     */
    void promote(CongressPlaces places, Deque<Long> freed, List<ChoiceMove> moves) {
        while (!freed.isEmpty()) {
            long sessionId = freed.removeFirst();
            for (CongressSessionChoice promoted : WaitingLists.promote(new SessionList(places, sessionId, freed))) {
                moves.add(move(promoted, Change.PROMOTED));
            }
        }
    }

    /** Reads the choice again after waiting lists moved (positions are changed by bulk updates). */
    CongressSessionChoice reread(CongressSessionChoice choice) {
        choices.flush();
        entityManager.refresh(choice);
        return choice;
    }

    static ChoiceMove move(CongressSessionChoice choice, Change change) {
        return new ChoiceMove(
                choice.getRegistrationId(),
                choice.getSlotId(),
                choice.getSessionId(),
                choice.getStatus(),
                choice.getWaitingPosition(),
                choice.getFallbackSessionId(),
                change);
    }

    static ChoiceMove dropped(CongressSessionChoice choice) {
        return new ChoiceMove(
                choice.getRegistrationId(),
                choice.getSlotId(),
                choice.getSessionId(),
                null,
                null,
                null,
                Change.DROPPED);
    }

    private static void offer(Deque<Long> freed, long sessionId) {
        if (!freed.contains(sessionId)) {
            freed.addLast(sessionId);
        }
    }

    /** One session's waiting list. */
    private final class SessionList implements WaitingList<CongressSessionChoice> {

        private final CongressPlaces places;
        private final long sessionId;
        private final @Nullable Deque<Long> freed;

        SessionList(CongressPlaces places, long sessionId, @Nullable Deque<Long> freed) {
            this.places = places;
            this.sessionId = sessionId;
            this.freed = freed;
        }

        @Override
        public boolean hasRoom() {
            return places.session(sessionId).hasRoom();
        }

        @Override
        public Optional<CongressSessionChoice> first() {
            // Read again: a copy in the persistence context may predate a close-up of the list.
            return choices.findFirstBySessionIdAndStatusOrderByWaitingPositionAsc(sessionId, ChoiceStatus.WAITLISTED)
                    .map(CongressSeats.this::reread);
        }

        @Override
        public int positionOf(CongressSessionChoice entry) {
            return Objects.requireNonNull(entry.getWaitingPosition());
        }

        @Override
        public int lastPosition() {
            return places.lastPosition(
                    CongressPlaces.Kind.SESSION, sessionId, () -> choices.lastWaitingPosition(sessionId));
        }

        @Override
        public void admit(CongressSessionChoice entry) {
            @Nullable Long fallback = entry.getFallbackSessionId();
            places.session(sessionId).take();
            entry.seat();
            if (fallback != null) {
                places.session(fallback).give();
                if (freed != null) {
                    offer(freed, fallback);
                }
            }
            choices.save(entry);
        }

        @Override
        public void closeGap(int position) {
            choices.closeGap(sessionId, position);
            places.closedUp(CongressPlaces.Kind.SESSION, sessionId);
        }
    }
}
