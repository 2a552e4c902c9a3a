package de.ddnhamburg.network.domain.congress;

import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the programme's admin services share about places. Every change of a capacity, quota or
 * session's seats runs under the congress lock ({@link CongressPlacement#lock}, decision 011) and is
 * checked against what is taken as read under it; afterwards the placement gives what became free
 * to the waiting lists ({@link CongressPlacement#fill}), everyone who moved up is mailed, and open
 * pages learn of it after the commit.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class ProgrammePlaces {

    private final CongressPlacement placement;
    private final CongressRegistrations registrations;
    private final ApplicationEventPublisher events;

    ProgrammePlaces(
            CongressPlacement placement, CongressRegistrations registrations, ApplicationEventPublisher events) {
        this.placement = placement;
        this.registrations = registrations;
        this.events = events;
    }

    /** Locks the congress row; nothing of the congress may have been loaded before in this transaction. */
    Congress lock(long congressId) {
        return placement.lock(congressId);
    }

    /**
     * After places may have been added (a capacity, quota or workshop's seats raised, a category
     * added or removed): the waiting get them, and are mailed.
     */
    void changed(Congress locked) {
        Moves moves = placement.fill(locked);
        registrations.mailConcerned(locked, moves, NOBODY);
        events.publishEvent(new CongressPlacesChanged(locked.id()));
    }

    /**
     * Cancels the session's seats and waiting list; the seats freed elsewhere (second choices held
     * by those who waited for it) go to the next in line, who are mailed. Those in {@code told} get
     * their own mail about the cancellation, not a second one.
     */
    void cancelSession(Congress locked, CongressSession session, Set<Long> told) {
        Moves moves = placement.cancelSession(locked, session);
        Moves others = new Moves(
                moves.placed().stream().filter(id -> !told.contains(id)).toList(),
                moves.choices().stream()
                        .filter(move -> !told.contains(move.registrationId()))
                        .toList());
        registrations.mailConcerned(locked, others, NOBODY);
        events.publishEvent(new CongressPlacesChanged(locked.id()));
    }

    private static final long NOBODY = -1L;
}
