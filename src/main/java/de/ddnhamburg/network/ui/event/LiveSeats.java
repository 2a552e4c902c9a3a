package de.ddnhamburg.network.ui.event;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.event.EventPage;
import de.ddnhamburg.network.domain.event.EventRegistrationService;
import de.ddnhamburg.network.domain.event.RegistrationStatus;
import de.ddnhamburg.network.domain.event.RegistrationSummary;
import de.ddnhamburg.network.domain.event.SeatOffer;
import de.ddnhamburg.network.ui.components.PageSignIn;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The seats still free per kind, and my place on the waiting list, kept current while the page is
 * open: another member's registration or cancellation reaches it through {@link SeatsBroadcaster}
 * and server push. The update runs on the broadcaster's thread under this page's lock, so it asks
 * the service with this page's own sign-in (captured when the page attached, in its own request),
 * never with the rights of whoever's action changed the seats.
 */
class LiveSeats extends Div {

    private final EventRegistrationService registrations;
    private final SeatsBroadcaster broadcaster;
    private final long eventId;
    private final Runnable myRegistrationChanged;
    private final Div offers = new Div();
    private final Paragraph position = new Paragraph();
    private @Nullable RegistrationSummary mine;
    private final PageSignIn signIn = new PageSignIn();
    private @Nullable Registration listening;

    /**
     * @param myRegistrationChanged called when a change elsewhere changed my own registration (a
     *     cancellation gave me a seat), so that the page can show it
     */
    LiveSeats(
            EventRegistrationService registrations,
            SeatsBroadcaster broadcaster,
            EventPage event,
            Runnable myRegistrationChanged) {
        this.registrations = registrations;
        this.broadcaster = broadcaster;
        this.eventId = event.id();
        this.myRegistrationChanged = myRegistrationChanged;
        setId("event-seats");
        // A screen reader reads the seats again when push changes them, politely: after what it is
        // reading, never interrupting it.
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        getElement().setAttribute("aria-atomic", "true");
        offers.setId("event-seat-offers");
        position.setId("event-live-position");
        add(offers, position);
        show(event);
    }

    // Vaadin hands an exception from an access task to the session's error handler; the returned
    // future adds nothing to wait for or to report.
    @SuppressWarnings("FutureReturnValueIgnored")
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        signIn.capture();
        UI ui = attachEvent.getUI();
        listening = broadcaster.register(eventId, change -> ui.access(this::refresh));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (listening != null) {
            listening.remove();
            listening = null;
        }
        signIn.forget();
        super.onDetach(detachEvent);
    }

    /** Reads the seats again, as this page's user. */
    void refresh() {
        try {
            signIn.run(() -> {
                EventPage event = registrations.page(eventId);
                boolean changed = !sameStatus(mine, event.mine());
                show(event);
                if (changed) {
                    myRegistrationChanged.run();
                }
            });
        } catch (NotFoundException gone) {
            // The event was taken away from this user (cancelled group membership): leave it as it was.
        }
    }

    private void show(EventPage event) {
        mine = event.mine();
        offers.removeAll();
        event.seats().forEach(offer -> offers.add(new Paragraph(seatText(offer))));
        RegistrationSummary waiting = mine != null && mine.status() == RegistrationStatus.WAITLISTED ? mine : null;
        position.setVisible(waiting != null);
        position.setText(
                waiting == null
                        ? ""
                        : getTranslation(
                                "event.live.waitingPosition",
                                getTranslation(
                                        "event.seat." + waiting.seatKind().name()),
                                waiting.waitingPosition()));
    }

    private String seatText(SeatOffer offer) {
        String kind = getTranslation("event.seat." + offer.kind().name());
        return offer.capacity() == null
                ? getTranslation("event.page.seatsUnlimited", kind)
                : getTranslation("event.page.seatsFree", kind, offer.free(), offer.capacity());
    }

    private static boolean sameStatus(@Nullable RegistrationSummary before, @Nullable RegistrationSummary after) {
        return Objects.equals(before == null ? null : before.status(), after == null ? null : after.status());
    }
}
