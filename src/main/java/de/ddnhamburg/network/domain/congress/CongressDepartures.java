package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.capacity.WaitingLists;
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
 * Places freed, for {@link CongressPlacement} (which callers use) under the congress lock: a
 * registration cancelled (or rejected, or its hold expired) gives back its seats and its place or
 * waiting place, and whatever is free goes to the waiting, sessions first, then registrations
 * across categories by arrival.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class CongressDepartures {

    private static final Comparator<CongressRegistration> ARRIVAL =
            Comparator.comparing(CongressRegistration::getRegisteredAt).thenComparing(CongressRegistration::id);

    private final CongressRegistrationRepository registrations;
    private final CongressSessionChoiceRepository choices;
    private final CongressSeats seats;
    private final CongressPlacesStore store;

    CongressDepartures(
            CongressRegistrationRepository registrations,
            CongressSessionChoiceRepository choices,
            CongressSeats seats,
            CongressPlacesStore store) {
        this.registrations = registrations;
        this.choices = choices;
        this.seats = seats;
        this.store = store;
    }

    Moves cancel(Congress locked, CongressRegistration registration, Instant now) {
        CongressPlacement.requireOf(locked, registration);
        if (registration.getStatus() == CongressRegistrationStatus.CANCELLED) {
            return Moves.none();
        }
        CongressPlaces places = store.open(locked);
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

    Moves fill(Congress locked) {
        CongressPlaces places = store.open(locked);
        places.categoryIds();
        Deque<Long> freed = new ArrayDeque<>(places.readAllSessions());
        return promoteAndStore(places, freed, new ArrayList<>());
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
}
