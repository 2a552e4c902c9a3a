package de.ddnhamburg.network.ui.congress.checkin;

import com.vaadin.flow.shared.Registration;
import de.ddnhamburg.network.domain.congress.checkin.CongressCheckInsChanged;
import de.ddnhamburg.network.ui.components.PageBroadcasts;
import de.ddnhamburg.network.ui.components.PageUpdates;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells open pages that someone was checked in at a congress (or a check-in was undone), like
 * {@code ui.congress.CongressSeatsBroadcaster} does for places: only after the commit, on the shared
 * {@link PageUpdates} threads. Any page may listen: the desks' counters do, and so can the congress
 * dashboard ({@code register(congressId, () -> ui.access(...))}, removed on detach); each page then
 * reads the counts again with its own sign-in ({@code CheckInService.count}). Check-ins on
 * other nodes arrive through {@code cluster.ClusterListener} (decision 013).
 */
@Component
public class CheckInBroadcaster {

    private final PageBroadcasts pages;

    CheckInBroadcaster(PageUpdates updates) {
        this.pages = new PageBroadcasts(updates);
    }

    /** Listens to the congress's check-ins until the returned registration is removed. */
    public Registration register(long congressId, Runnable listener) {
        return pages.register(congressId, listener);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void checkInsChanged(CongressCheckInsChanged change) {
        pages.announce(change.congressId());
    }

    /** How many pages listen to the congress; for tests and monitoring. */
    public int listening(long congressId) {
        return pages.listening(congressId);
    }
}
