package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.common.DataSubject;
import de.ddnhamburg.network.domain.common.PersonalDataSection;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The member's congress registrations. Export: each with category, price, sessions, answers (the
 * needs too: they are the member's own) and billing address. Deletion of the account cancels a
 * registration that still holds or waits for a place, through the placement like any cancellation
 * (the first waiting get the places and a mail), and erases what the registration says about the
 * person: name, address, needs and their consent, billing address. The row stays, anonymous, so
 * that the congress's counts stay true.
 */
@Component
@Order(36)
class CongressRegistrationPersonalData implements PersonalDataSection {

    static final String ERASED_NAME = "–";

    record RegistrationItem(
            String congress,
            String category,
            BigDecimal price,
            CongressRegistrationStatus status,
            @Nullable Integer waitingPosition,
            String ticketCode,
            List<String> sessions,
            RegistrationAnswers answers,
            BillingAddress billing,
            Instant registeredAt) {}

    private final CongressRegistrationRepository registrations;
    private final CongressRegistrations shared;
    private final CongressCatalogue catalogue;
    private final CongressPlacement placement;
    private final CongressMails mails;
    private final Clock clock;

    CongressRegistrationPersonalData(
            CongressRegistrationRepository registrations,
            CongressRegistrations shared,
            CongressCatalogue catalogue,
            CongressPlacement placement,
            CongressMails mails,
            Clock clock) {
        this.registrations = registrations;
        this.shared = shared;
        this.catalogue = catalogue;
        this.placement = placement;
        this.mails = mails;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "congressRegistrations";
    }

    @Override
    public List<RegistrationItem> export(DataSubject subject) {
        return registrations.findByMemberId(subject.memberId()).stream()
                .map(registration -> {
                    RegistrationDetails details =
                            shared.details(catalogue.any(registration.getCongressId()), registration);
                    return new RegistrationItem(
                            details.congressTitle(),
                            details.categoryName(),
                            details.price(),
                            details.status(),
                            details.waitingPosition(),
                            details.ticketCode(),
                            details.choices().stream()
                                    .map(choice -> choice.sessionTitle() + " (" + choice.status() + ")")
                                    .toList(),
                            details.answers(),
                            details.billing(),
                            registration.getRegisteredAt());
                })
                .sorted(Comparator.comparing(RegistrationItem::registeredAt))
                .toList();
    }

    @Override
    public void erase(DataSubject subject) {
        Instant now = clock.instant();
        // Only the ids first: each registration is read again after its congress's lock.
        List<Long> ids = registrations.findIdsByMemberId(subject.memberId());
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
            registration.erasePerson(ERASED_NAME);
            registrations.saveAndFlush(registration);
        }
    }
}
