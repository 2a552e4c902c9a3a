package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.common.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the admin services share about places: every change of a capacity, quota or session's
 * seats runs under the lock of the congress row (decision 011), checked against what is taken as
 * read under that lock, and announces the change to open pages after the commit.
 */
@Component
class CongressPlaces {

    private final CongressRepository congresses;
    private final ApplicationEventPublisher events;

    CongressPlaces(CongressRepository congresses, ApplicationEventPublisher events) {
        this.congresses = congresses;
        this.events = events;
    }

    /** Locks the congress row; nothing of the congress may have been loaded before in this transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    Congress lock(long congressId) {
        return congresses.lockById(congressId).orElseThrow(NotFoundException::new);
    }

    /**
     * Called after places were added or taken away (capacity, quota, a workshop's seats, a
     * cancelled session), still under the lock: open pages learn of it after the commit.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void changed(Congress locked) {
        events.publishEvent(new CongressSeatsChanged(locked.id()));
    }
}
