package de.ddnhamburg.network.ui.event;

import com.vaadin.flow.shared.Registration;
import de.ddnhamburg.network.domain.event.SeatsChanged;
import de.ddnhamburg.network.ui.components.PageBroadcasts;
import de.ddnhamburg.network.ui.components.PageUpdates;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells open event pages that seats changed. Hears {@link SeatsChanged} only after the commit, so a
 * rolled-back change is never announced and a page that reloads reads committed data. The pages are
 * told on the shared {@link PageUpdates} threads, not in the request that committed: that request may
 * still hold its transaction's resources and its user's security context, and one slow page must not
 * hold it up. A page's updates coalesce while one waits ({@link PageBroadcasts}).
 * Each page then updates itself through {@code UI.access}, with its own user's rights. Seats taken
 * on another node arrive as the same event, published outside any transaction by {@code
 * cluster.ClusterListener} (hence {@code fallbackExecution}; decision 013).
 */
@Component
public class SeatsBroadcaster {

    private final PageBroadcasts pages;

    @Autowired
    SeatsBroadcaster(PageUpdates updates) {
        this((Executor) updates);
    }

    /** For tests: tells the listeners on the given executor (such as {@code Runnable::run}). */
    SeatsBroadcaster(Executor executor) {
        this.pages = new PageBroadcasts(executor);
    }

    /** Listens to the seats of one event until the returned registration is removed (on detach). */
    public Registration register(long eventId, Consumer<SeatsChanged> listener) {
        SeatsChanged change = new SeatsChanged(eventId);
        return pages.register(eventId, () -> listener.accept(change));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void seatsChanged(SeatsChanged change) {
        pages.announce(change.eventId());
    }

    /** How many pages listen to the event; for tests and monitoring. */
    int listening(long eventId) {
        return pages.listening(eventId);
    }
}
