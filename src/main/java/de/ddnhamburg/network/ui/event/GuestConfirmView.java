package de.ddnhamburg.network.ui.event;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.ddnhamburg.network.domain.event.GuestRegistrationService;
import de.ddnhamburg.network.domain.event.GuestRegistrationSummary;
import de.ddnhamburg.network.domain.event.RegistrationStatus;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.layout.PublicLayout;

/** Where the link in a guest's confirmation mail leads: confirming keeps the seat or waiting place. */
@Route(value = RoutePaths.GUEST_CONFIRM, layout = PublicLayout.class)
@AnonymousAllowed
public class GuestConfirmView extends GuestLinkPage {

    private final GuestRegistrationService guests;

    public GuestConfirmView(GuestRegistrationService guests) {
        super("event.guest.confirm.");
        this.guests = guests;
    }

    @Override
    GuestRegistrationSummary check(String token) {
        return guests.checkConfirmation(token);
    }

    @Override
    GuestRegistrationSummary act(String token) {
        return guests.confirm(token);
    }

    @Override
    String done(GuestRegistrationSummary result) {
        String kind = getTranslation("event.seat." + result.seatKind().name());
        return result.status() == RegistrationStatus.WAITLISTED
                ? getTranslation("event.guest.confirm.waiting", kind, result.waitingPosition())
                : getTranslation("event.guest.confirm.seat", kind);
    }
}
