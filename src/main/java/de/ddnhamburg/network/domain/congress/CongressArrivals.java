package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.capacity.Counter;
import de.ddnhamburg.network.domain.capacity.WaitingLists;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.congress.Moves.Change;
import de.ddnhamburg.network.domain.congress.Moves.ChoiceMove;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A registration arriving, for {@link CongressPlacement} under the congress lock: a congress and
 * category place if both have room, else the end of the category's waiting list; then its wishes,
 * each a seat or the end of its session's list (with the second choice's seat meanwhile), or
 * PENDING while the registration waits. The counters may be shared by several registrations under
 * one lock ({@link CongressLockBatches}); whoever opened them stores them, with the choices.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class CongressArrivals {

    private final CongressRegistrationRepository registrations;
    private final CongressSeats seats;

    CongressArrivals(CongressRegistrationRepository registrations, CongressSeats seats) {
        this.registrations = registrations;
        this.seats = seats;
    }

    Moves register(
            Congress locked,
            CongressPlaces places,
            CongressRegistration registration,
            TicketCategory category,
            List<SessionWish> wishes,
            Hold hold,
            Instant now) {
        CongressPlacement.requireOf(locked, registration);
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
            CategoryLine line = new CategoryLine(registrations, places, category.id());
            int position = WaitingLists.nextPosition(line);
            registration.place(CongressRegistrationStatus.WAITLISTED, position, hold.expiresAt());
            line.appended(position);
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
        places.insertLater(chosen);
        category.takenStored(categoryPlaces.taken());
        return new Moves(List.of(), moves);
    }
}
