package de.ddnhamburg.network.domain.event;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One registration as organisers see it. Shaped for guests too (registrations without an account):
 * they have no member id, {@code guest} is set, and name, e-mail and organisation are what they
 * entered.
 *
 * @param email a member's address only where their choice of who sees it lets the viewer see it
 *     (all members, or contacts and the viewer is one); a guest's always, given for the event
 * @param organisation a member's organisation only if opened to all members
 * @param waitingPosition only for {@link RegistrationStatus#WAITLISTED}
 * @param attendedAt when an organiser marked them present, {@code null} if not
 */
public record ParticipantRow(
        long registrationId,
        @Nullable Long memberId,
        boolean guest,
        String name,
        @Nullable String email,
        @Nullable String organisation,
        SeatKind seatKind,
        RegistrationStatus status,
        @Nullable Integer waitingPosition,
        Instant registeredAt,
        @Nullable Instant attendedAt) {}
