package de.ddnhamburg.network.ui.congress;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import de.ddnhamburg.network.domain.common.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Keeps a congress page's seats current while it is open, like the events' {@code LiveSeats}: it
 * listens through {@link CongressSeatsBroadcaster} from attach to detach, and reads again under the
 * page's lock with the page's own sign-in (captured on attach), never with the rights of whoever's
 * action changed the seats.
 */
final class LiveCongressSeats {

    private final CongressSeatsBroadcaster broadcaster;
    private final long congressId;
    private final Runnable refresh;
    private @Nullable Authentication signedIn;
    private @Nullable Registration listening;

    /** @param refresh reads the congress again and shows the seats; runs with the page's sign-in */
    LiveCongressSeats(Component page, CongressSeatsBroadcaster broadcaster, long congressId, Runnable refresh) {
        this.broadcaster = broadcaster;
        this.congressId = congressId;
        this.refresh = refresh;
        page.addAttachListener(attach -> start(attach.getUI()));
        page.addDetachListener(detach -> stop());
        page.getUI().ifPresent(this::start);
    }

    // Vaadin hands an exception from an access task to the session's error handler.
    @SuppressWarnings("FutureReturnValueIgnored")
    private void start(UI ui) {
        stop();
        signedIn = SecurityContextHolder.getContext().getAuthentication();
        listening = broadcaster.register(congressId, () -> ui.access(this::refresh));
    }

    private void stop() {
        if (listening != null) {
            listening.remove();
            listening = null;
        }
    }

    /** Reads again as this page's user. */
    void refresh() {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext own = SecurityContextHolder.createEmptyContext();
        own.setAuthentication(signedIn);
        SecurityContextHolder.setContext(own);
        try {
            refresh.run();
        } catch (NotFoundException gone) {
            // Taken off the public pages meanwhile: leave the page as it was until the next reload.
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
