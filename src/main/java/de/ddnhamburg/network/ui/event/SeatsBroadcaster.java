package de.ddnhamburg.network.ui.event;

import com.vaadin.flow.shared.Registration;
import de.ddnhamburg.network.domain.event.SeatsChanged;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells open event pages that seats changed. Hears {@link SeatsChanged} only after the commit, so a
 * rolled-back change is never announced and a page that reloads reads committed data. The pages are
 * told on a thread of their own, not in the request that committed: that request may still hold its
 * transaction's resources and its user's security context, and one slow page must not hold it up.
 * Each page then updates itself through {@code UI.access}, with its own user's rights. Seats taken
 * on another node arrive as the same event, published outside any transaction by {@code
 * cluster.ClusterListener} (hence {@code fallbackExecution}; decision 013).
 */
@Component
public class SeatsBroadcaster {

    private static final Logger LOG = LoggerFactory.getLogger(SeatsBroadcaster.class);

    private final Map<Long, List<Consumer<SeatsChanged>>> listeners = new ConcurrentHashMap<>();
    private final Executor executor;
    private final @Nullable ExecutorService owned;

    @Autowired
    SeatsBroadcaster() {
        this.owned = Executors.newVirtualThreadPerTaskExecutor();
        this.executor = owned;
    }

    /** For tests: tells the listeners on the given executor (such as {@code Runnable::run}). */
    SeatsBroadcaster(Executor executor) {
        this.owned = null;
        this.executor = executor;
    }

    /** Listens to the seats of one event until the returned registration is removed (on detach). */
    public Registration register(long eventId, Consumer<SeatsChanged> listener) {
        listeners.computeIfAbsent(eventId, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(eventId, (id, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void seatsChanged(SeatsChanged change) {
        for (Consumer<SeatsChanged> listener : listeners.getOrDefault(change.eventId(), List.of())) {
            executor.execute(() -> {
                try {
                    listener.accept(change);
                } catch (RuntimeException e) {
                    LOG.warn("An open event page could not be told about changed seats", e);
                }
            });
        }
    }

    /** How many pages listen to the event; for tests and monitoring. */
    int listening(long eventId) {
        return listeners.getOrDefault(eventId, List.of()).size();
    }

    @PreDestroy
    void shutDown() {
        if (owned != null) {
            owned.shutdownNow();
        }
    }
}
