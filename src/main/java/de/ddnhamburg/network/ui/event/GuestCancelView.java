package de.ddnhamburg.network.ui.event;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.ddnhamburg.network.domain.event.GuestRegistrationService;
import de.ddnhamburg.network.domain.event.GuestRegistrationSummary;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.layout.PublicLayout;

/** Where a guest's cancel link leads; it works until the event starts. */
@Route(value = RoutePaths.GUEST_CANCEL, layout = PublicLayout.class)
@AnonymousAllowed
public class GuestCancelView extends GuestLinkPage {

    private final GuestRegistrationService guests;

    public GuestCancelView(GuestRegistrationService guests) {
        super("event.guest.cancel.");
        this.guests = guests;
    }

    @Override
    GuestRegistrationSummary check(String token) {
        return guests.checkCancellation(token);
    }

    @Override
    GuestRegistrationSummary act(String token) {
        return guests.cancel(token);
    }

    @Override
    String done(GuestRegistrationSummary result) {
        return getTranslation("event.guest.cancel.done");
    }
}
