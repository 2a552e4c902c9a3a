package de.ddnhamburg.network.ui.congress;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.ui.components.PageSignIn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Keeps a congress page's seats current while it is open, like the events' {@code LiveSeats}: it
 * listens through {@link CongressSeatsBroadcaster} from attach to detach, and reads again under the
 * page's lock with the page's own sign-in (captured on attach), never with the rights of whoever's
 * action changed the seats. A page that reads much (the admins' dashboard) reads at most once per
 * interval: changes arriving meanwhile join the read that is due, so that the hour registration
 * opens costs it a read a second, not one per registration. It may listen to more than places
 * (the dashboard also to check-ins): any {@link Source} of changes per congress.
 */
public final class LiveCongressSeats {

    /** Tells about changes of a congress until the returned registration is removed (a broadcaster). */
    @FunctionalInterface
    public interface Source {
        Registration register(long congressId, Runnable listener);
    }

    private final List<Source> sources;
    private final long congressId;
    private final Duration atMostEvery;
    private final Runnable refresh;
    private final AtomicBoolean due = new AtomicBoolean();
    private final PageSignIn signIn = new PageSignIn();
    private final List<Registration> listening = new ArrayList<>();
    private final List<Registration> pageListeners = new ArrayList<>();

    /** @param refresh reads the congress again and shows the seats; runs with the page's sign-in */
    LiveCongressSeats(Component page, CongressSeatsBroadcaster broadcaster, long congressId, Runnable refresh) {
        this(page, List.of(broadcaster::register), congressId, Duration.ZERO, refresh);
    }

    /**
     * @param sources what tells about changes, such as {@code CongressSeatsBroadcaster::register}
     * @param atMostEvery the least time between two reads; a change waits for it, then all changes
     *     since are shown by one read
     * @param refresh reads the congress again and shows it; runs with the page's sign-in
     */
    public LiveCongressSeats(
            Component page, List<Source> sources, long congressId, Duration atMostEvery, Runnable refresh) {
        this.sources = List.copyOf(sources);
        this.congressId = congressId;
        this.atMostEvery = atMostEvery;
        this.refresh = refresh;
        pageListeners.add(page.addAttachListener(attach -> start(attach.getUI())));
        pageListeners.add(page.addDetachListener(detach -> stop()));
        page.getUI().ifPresent(this::start);
    }

    /**
     * Stops for good: the page shows another congress or session now. Vaadin keeps the page's
     * instance when the member goes from one record to another on the same route, so a page
     * replaces its live seats on every visit instead of keeping the first one's.
     */
    public void close() {
        stop();
        pageListeners.forEach(Registration::remove);
        pageListeners.clear();
    }

    // Vaadin hands an exception from an access task to the session's error handler.
    @SuppressWarnings("FutureReturnValueIgnored")
    private void start(UI ui) {
        stop();
        signIn.capture();
        for (Source source : sources) {
            listening.add(source.register(congressId, () -> changed(ui)));
        }
    }

    @SuppressWarnings("FutureReturnValueIgnored")
    private void changed(UI ui) {
        if (atMostEvery.isZero()) {
            ui.access(this::refresh);
        } else if (due.compareAndSet(false, true)) {
            CompletableFuture.delayedExecutor(atMostEvery.toMillis(), TimeUnit.MILLISECONDS)
                    .execute(() -> ui.access(() -> {
                        // Cleared first: a change during this read asks for the next one.
                        due.set(false);
                        refresh();
                    }));
        }
    }

    private void stop() {
        listening.forEach(Registration::remove);
        listening.clear();
    }

    /** Reads again as this page's user. */
    void refresh() {
        try {
            signIn.run(refresh);
        } catch (NotFoundException gone) {
            // Taken off the public pages meanwhile: leave the page as it was until the next reload.
        }
    }
}
