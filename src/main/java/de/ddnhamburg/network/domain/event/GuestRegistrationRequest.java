package de.ddnhamburg.network.domain.event;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a guest enters to register for an event.
 *
 * @param seatKind in person or online; may be {@code null} for events that offer only one kind
 * @param consentGiven whether the guest agreed to the privacy notice
 * @param language the guest's language, for the mails
 */
public record GuestRegistrationRequest(
        @Nullable String name,
        @Nullable String email,
        @Nullable String organisation,
        @Nullable SeatKind seatKind,
        boolean consentGiven,
        Locale language) {}
