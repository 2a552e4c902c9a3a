package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.audit.AuditAction;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One thing that happened to a registration: its own steps (registered, confirmed, cancelled), what
 * an admin did ({@code action}, by {@code actor}, with the audit entry's {@code text}) and the mails
 * it was sent ({@code text} is the subject).
 */
public record RegistrationHistoryItem(
        Instant at,
        Kind kind,
        @Nullable AuditAction action,
        @Nullable String text,
        @Nullable String actor) {

    public enum Kind {
        REGISTERED,
        CONFIRMED,
        CANCELLED,
        ADMIN,
        MAIL
    }
}
