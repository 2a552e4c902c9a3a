package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.capacity.Counter;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.congress.Moves.Change;
import de.ddnhamburg.network.domain.congress.Moves.ChoiceMove;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes of session wishes after registering, for {@link CongressPlacement} (which callers use),
 * under the congress lock: another wish or second choice, no wish, a cancelled session.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class CongressWishes {

    private final CongressSessionRepository sessions;
    private final CongressSessionChoiceRepository choices;
    private final CongressSeats seats;
    private final CongressPlacesStore store;

    CongressWishes(
            CongressSessionRepository sessions,
            CongressSessionChoiceRepository choices,
            CongressSeats seats,
            CongressPlacesStore store) {
        this.sessions = sessions;
        this.choices = choices;
        this.seats = seats;
        this.store = store;
    }

    /**
     * A new wish for a slot (or another second choice): the old choice gives back its seat or
     * waiting place, whose seat goes to the next in line, then the new one is placed as at
     * registering, arriving now. Changing only the second choice keeps the place in the list.
     */
    Moves change(Congress locked, CongressRegistration registration, SessionWish wish, Instant now) {
        CongressPlacement.requireActive(locked, registration);
        CongressPlaces places = places(locked);
        seats.check(places, List.of(wish));
        Deque<Long> freed = new ArrayDeque<>();
        List<ChoiceMove> moves = new ArrayList<>();
        Optional<CongressSessionChoice> existing = choiceFor(registration, wish.slotId());
        CongressSessionChoice choice;
        boolean replace = true;
        if (existing.isPresent()) {
            choice = existing.get();
            if (choice.getSessionId() == wish.sessionId()) {
                if (Objects.equals(choice.getSecondChoiceSessionId(), wish.secondChoiceSessionId())) {
                    return Moves.none();
                }
                seats.releaseFallback(places, choice, freed);
                choice.setSecondChoice(wish.secondChoiceSessionId());
                replace = false;
            } else {
                seats.release(places, choice, freed);
                choice.choose(wish.sessionId(), wish.secondChoiceSessionId(), now);
            }
        } else {
            choice = new CongressSessionChoice(registration.id(), wish.slotId(), wish.sessionId(), now);
            choice.setSecondChoice(wish.secondChoiceSessionId());
        }
        choices.save(choice);
        seats.promote(places, freed, moves);
        if (choice.getId() != null) {
            seats.reread(choice);
        }
        if (registration.getStatus().holdsPlace()) {
            if (replace || choice.getStatus() == ChoiceStatus.PENDING) {
                seats.place(places, choice);
            } else {
                seats.holdSecondChoice(places, choice);
            }
        }
        moves.add(CongressSeats.move(choice, Change.CHOSEN));
        places.store();
        return new Moves(List.of(), moves);
    }

    /** No wish for that slot any more: the seat or waiting place goes to the next in line. */
    Moves drop(Congress locked, CongressRegistration registration, long slotId) {
        CongressPlacement.requireActive(locked, registration);
        Optional<CongressSessionChoice> existing = choiceFor(registration, slotId);
        if (existing.isEmpty()) {
            return Moves.none();
        }
        CongressPlaces places = places(locked);
        Deque<Long> freed = new ArrayDeque<>();
        CongressSessionChoice choice = existing.get();
        seats.release(places, choice, freed);
        List<ChoiceMove> moves = new ArrayList<>();
        moves.add(CongressSeats.dropped(choice));
        choices.delete(choice);
        seats.promote(places, freed, moves);
        places.store();
        return new Moves(List.of(), moves);
    }

    /**
     * Cancels a session: its seats and waiting list are gone (the wishes are dropped, and whoever
     * waited for it gives back a second-choice seat held elsewhere); those holding a seat of it as
     * their second choice keep waiting without it. Freed seats go to the next in line.
     */
    Moves cancelSession(Congress locked, CongressSession session) {
        if (session.getCongressId() != locked.id()) {
            throw new NotFoundException();
        }
        CongressPlaces places = places(locked);
        long sessionId = session.id();
        Counter seatsOfSession = places.session(sessionId);
        session.cancel();
        sessions.save(session);
        Deque<Long> freed = new ArrayDeque<>();
        List<ChoiceMove> moves = new ArrayList<>();
        for (CongressSessionChoice choice : choices.findTouching(sessionId)) {
            if (choice.getSessionId() == sessionId) {
                if (choice.getStatus() == ChoiceStatus.SEATED) {
                    seatsOfSession.give();
                }
                @Nullable Long fallback = choice.getFallbackSessionId();
                if (fallback != null) {
                    places.session(fallback).give();
                    freed.addLast(fallback);
                }
                moves.add(CongressSeats.dropped(choice));
                choices.delete(choice);
            } else if (Objects.equals(choice.getFallbackSessionId(), sessionId)) {
                seatsOfSession.give();
                choice.waitFor(Objects.requireNonNull(choice.getWaitingPosition()), null);
                choice.setSecondChoice(null);
                moves.add(CongressSeats.move(choice, Change.SECOND_CHOICE_DROPPED));
            } else {
                choice.setSecondChoice(null);
            }
        }
        choices.flush();
        seats.promote(places, freed, moves);
        places.store();
        return new Moves(List.of(), moves);
    }

    private Optional<CongressSessionChoice> choiceFor(CongressRegistration registration, long slotId) {
        return choices.findByRegistrationId(registration.id()).stream()
                .filter(choice -> choice.getSlotId() == slotId)
                .findFirst();
    }

    private CongressPlaces places(Congress locked) {
        return store.open(locked);
    }
}
