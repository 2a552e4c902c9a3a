package de.ddnhamburg.network.domain.congress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One registration as its owner sees it on "Meine Anmeldung" and after submitting.
 *
 * @param existing true when the submit found the person registered already (nothing new was made)
 * @param cancellable whether it can still be cancelled (not cancelled, before the deadline)
 */
public record RegistrationDetails(
        long id,
        long congressId,
        String congressTitle,
        LocalDate firstDay,
        boolean guest,
        CongressRegistrationStatus status,
        @Nullable Integer waitingPosition,
        @Nullable Instant holdExpiresAt,
        String ticketCode,
        String firstName,
        String lastName,
        String email,
        @Nullable String organisation,
        long categoryId,
        String categoryName,
        BigDecimal price,
        List<ChoiceDetails> choices,
        RegistrationAnswers answers,
        BillingAddress billing,
        Instant cancellationDeadline,
        boolean cancellable,
        boolean existing) {

    public RegistrationDetails {
        choices = List.copyOf(choices);
    }

    public boolean paid() {
        return price.signum() > 0;
    }

    /** Whether the ticket's QR code is worth showing: the registration holds a confirmed place. */
    public boolean hasTicket() {
        return status == CongressRegistrationStatus.CONFIRMED;
    }

    RegistrationDetails asExisting() {
        return new RegistrationDetails(
                id,
                congressId,
                congressTitle,
                firstDay,
                guest,
                status,
                waitingPosition,
                holdExpiresAt,
                ticketCode,
                firstName,
                lastName,
                email,
                organisation,
                categoryId,
                categoryName,
                price,
                choices,
                answers,
                billing,
                cancellationDeadline,
                cancellable,
                true);
    }
}
