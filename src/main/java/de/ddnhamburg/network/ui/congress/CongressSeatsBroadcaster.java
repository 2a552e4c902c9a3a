package de.ddnhamburg.network.ui.congress;

import com.vaadin.flow.shared.Registration;
import de.ddnhamburg.network.domain.congress.CongressPlacesChanged;
import de.ddnhamburg.network.ui.components.PageBroadcasts;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells open congress pages that places changed, as {@code ui.event.SeatsBroadcaster} does for
 * events: only after the commit (a rolled-back change is never announced), on virtual threads of
 * its own; each page then reads again with its own sign-in.
 */
@Component
public class CongressSeatsBroadcaster {

    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final PageBroadcasts pages = new PageBroadcasts(executor);

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

    @PreDestroy
    void shutDown() {
        executor.shutdownNow();
    }
}
