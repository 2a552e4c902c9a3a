package de.ddnhamburg.network.ui.congress.checkin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.ui.components.PageSignIn;
import de.ddnhamburg.network.ui.congress.CongressSeatsBroadcaster;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the desk's counter current while the page is open: it listens to check-ins (any desk) and
 * to the congress's places (a cancellation changes how many are expected) from attach to detach,
 * and reads the count again under the page's lock with the page's own sign-in, captured on attach.
 */
final class LiveCounter {

    private final CheckInBroadcaster checkIns;
    private final CongressSeatsBroadcaster places;
    private final Component page;
    private final Runnable refresh;
    private final List<Registration> listening = new ArrayList<>();
    private long congressId = -1;
    private final PageSignIn signIn = new PageSignIn();

    /** @param refresh reads the count of the followed congress again and shows it */
    LiveCounter(Component page, CheckInBroadcaster checkIns, CongressSeatsBroadcaster places, Runnable refresh) {
        this.page = page;
        this.checkIns = checkIns;
        this.places = places;
        this.refresh = refresh;
        page.addAttachListener(attach -> start(attach.getUI()));
        page.addDetachListener(detach -> stop());
    }

    /** Listens to this congress from now on (the page may be reused for another one). */
    void follow(long congressId) {
        this.congressId = congressId;
        page.getUI().ifPresent(this::start);
    }

    // Vaadin hands an exception from an access task to the session's error handler.
    @SuppressWarnings("FutureReturnValueIgnored")
    private void start(UI ui) {
        stop();
        if (congressId < 0) {
            return;
        }
        signIn.capture();
        Runnable update = () -> ui.access(this::refresh);
        listening.add(checkIns.register(congressId, update));
        listening.add(places.register(congressId, update));
    }

    private void stop() {
        listening.forEach(Registration::remove);
        listening.clear();
    }

    /** Reads again as this page's user. */
    void refresh() {
        try {
            signIn.run(refresh);
        } catch (DomainException closed) {
            // The desk closed meanwhile (end of the congress day): the counter keeps its last value.
        }
    }
}
