package de.ddnhamburg.network.ui.congress;

import com.vaadin.flow.shared.Registration;
import de.ddnhamburg.network.domain.congress.CongressPlacesChanged;
import de.ddnhamburg.network.ui.components.PageBroadcasts;
import de.ddnhamburg.network.ui.components.PageUpdates;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells open congress pages that places changed, as {@code ui.event.SeatsBroadcaster} does for
 * events: only after the commit (a rolled-back change is never announced), on the shared
 * {@link PageUpdates} threads; each page then reads again with its own sign-in.
 */
@Component
public class CongressSeatsBroadcaster {

    private final PageBroadcasts pages;

    CongressSeatsBroadcaster(PageUpdates updates) {
        this.pages = new PageBroadcasts(updates);
    }

    public Registration register(long congressId, Runnable listener) {
        return pages.register(congressId, listener);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void seatsChanged(CongressPlacesChanged change) {
        pages.announce(change.congressId());
    }

    int listening(long congressId) {
        return pages.listening(congressId);
    }
}
