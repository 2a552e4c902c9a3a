package de.ddnhamburg.network.domain.mail;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One row of the outbox as admins see it in the list; the body is read separately, and audited. */
public record OutboxMailSummary(
        long id,
        String recipient,
        String subject,
        String language,
        MailTemplate template,
        MailStatus status,
        int attempts,
        Instant createdAt,
        @Nullable Instant nextAttemptAt,
        @Nullable Instant sentAt,
        @Nullable String lastError) {}
