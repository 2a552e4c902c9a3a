package de.ddnhamburg.network.domain.congress;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way a registration is cancelled, by its owner ("Meine Anmeldung") or by an admin, under
 * the congress lock the caller holds: places and seats go to the first waiting (who are mailed),
 * confirmation links stop working, the person is mailed, and {@link CongressRegistrationCancelled}
 * is published in the same transaction for whatever follows a cancellation (a credit note).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class CongressCancellations {

    private final CongressPlacement placement;
    private final CongressRegistrationRepository registrations;
    private final CongressRegistrations shared;
    private final CongressGuestTokens tokens;
    private final CongressMails mails;
    private final ApplicationEventPublisher publisher;

    CongressCancellations(
            CongressPlacement placement,
            CongressRegistrationRepository registrations,
            CongressRegistrations shared,
            CongressGuestTokens tokens,
            CongressMails mails,
            ApplicationEventPublisher publisher) {
        this.placement = placement;
        this.registrations = registrations;
        this.shared = shared;
        this.tokens = tokens;
        this.mails = mails;
        this.publisher = publisher;
    }

    /** @param reason an admin's reason, mailed to the person; {@code null} when they cancel themselves */
    Moves cancel(Congress locked, CongressRegistration registration, Instant now, @Nullable String reason) {
        Moves moves = placement.cancel(locked, registration, now);
        registration.setCancelledAt(now);
        registrations.saveAndFlush(registration);
        tokens.revokeAll(registration.id(), CongressTokenPurpose.CONFIRM);
        if (reason == null) {
            mails.cancelled(locked, registration);
        } else {
            mails.cancelledByTeam(locked, registration, reason);
        }
        shared.mailConcerned(locked, moves, registration.id());
        publisher.publishEvent(new CongressRegistrationCancelled(locked.id(), registration.id(), reason));
        return moves;
    }
}
