package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.common.GuestDataSection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A guest's congress registrations, for an admin's answer to a data request, and their erasure on
 * request: a registration that still holds or waits for a place is cancelled through the
 * placement under the congress's lock, as a cancellation would (the first waiting get the places
 * and a mail); then what it says about the person goes ({@link CongressRegistration#erasePerson}),
 * with the guest's links and the address inside the row's person key. The row stays, anonymous.
 */
@Component
@Order(41)
class CongressGuestPersonalData implements GuestDataSection {

    private final CongressRegistrationRepository registrations;
    private final CongressRegistrations shared;
    private final CongressCatalogue catalogue;
    private final CongressPlacement placement;
    private final CongressGuestTokens tokens;
    private final CongressMails mails;
    private final Clock clock;

    CongressGuestPersonalData(
            CongressRegistrationRepository registrations,
            CongressRegistrations shared,
            CongressCatalogue catalogue,
            CongressPlacement placement,
            CongressGuestTokens tokens,
            CongressMails mails,
            Clock clock) {
        this.registrations = registrations;
        this.shared = shared;
        this.catalogue = catalogue;
        this.placement = placement;
        this.tokens = tokens;
        this.mails = mails;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "congressRegistrations";
    }

    @Override
    public int count(String email) {
        return ids(email).size();
    }

    @Override
    public List<RegistrationDetails> export(String email) {
        return registrations.findByIdIn(ids(email)).stream()
                .map(registration -> shared.details(catalogue.any(registration.getCongressId()), registration))
                .toList();
    }

    @Override
    public int erase(String email) {
        Instant now = clock.instant();
        List<Long> ids = ids(email);
        for (long id : ids) {
            Congress locked =
                    placement.lock(registrations.findCongressIdById(id).orElseThrow());
            CongressRegistration registration = registrations.findById(id).orElseThrow();
            if (registration.getStatus() != CongressRegistrationStatus.CANCELLED) {
                Moves moves = placement.cancel(locked, registration, now);
                registration.setCancelledAt(now);
                // An invoice in force is cancelled by a credit note (kept, not mailed: the address goes).
                mails.settleInvoices(locked, registration);
                shared.mailConcerned(locked, moves, registration.id());
            }
            registration.erasePerson(CongressRegistrationPersonalData.ERASED_NAME);
            registrations.saveAndFlush(registration);
            tokens.deleteAll(id);
            registrations.replacePersonKey(id, "g:erased-" + id);
        }
        return ids.size();
    }

    private List<Long> ids(String email) {
        return registrations.findGuestIdsByPersonKey(CongressRegistration.guestKey(email));
    }
}
