package de.ddnhamburg.network.ui.components;

import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Open pages that listen to changes of one record (such as a congress's seats), told on the given
 * executor rather than in the request that committed the change, which may still hold its
 * transaction's resources and its user's security context. Each listener updates its page through
 * {@code UI.access}, with its own user's rights. Changes committed on other nodes arrive here too:
 * {@code cluster.ClusterListener} publishes them again on this node (decision 013).
 *
 * <p>Changes to one page coalesce: while the page's update waits for its turn on the executor, more
 * changes add nothing, since that update reads after all of them. A burst of registrations for one
 * event then costs each open page one or two reads instead of one per registration (issue 13).
 */
public final class PageBroadcasts {

    private static final Logger LOG = LoggerFactory.getLogger(PageBroadcasts.class);

    private final Map<Long, List<Listener>> listeners = new ConcurrentHashMap<>();
    private final Executor executor;

    public PageBroadcasts(Executor executor) {
        this.executor = executor;
    }

    /** Listens to the record until the returned registration is removed (on detach). */
    public Registration register(long key, Runnable update) {
        Listener listener = new Listener(update);
        listeners.computeIfAbsent(key, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(key, (id, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    /** Tells every page listening to the record. */
    public void announce(long key) {
        for (Listener listener : listeners.getOrDefault(key, List.of())) {
            if (!listener.queued.compareAndSet(false, true)) {
                continue; // its queued update has not started yet, and will read this change too
            }
            executor.execute(() -> {
                listener.queued.set(false);
                try {
                    listener.update.run();
                } catch (RuntimeException e) {
                    LOG.warn("An open page could not be told about a change", e);
                }
            });
        }
    }

    /** How many pages listen to the record; for tests and monitoring. */
    public int listening(long key) {
        return listeners.getOrDefault(key, List.of()).size();
    }

    /** One page's update, and whether it already waits on the executor. */
    private static final class Listener {
        final Runnable update;
        final AtomicBoolean queued = new AtomicBoolean();

        Listener(Runnable update) {
            this.update = update;
        }
    }
}
