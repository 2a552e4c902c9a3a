package de.ddnhamburg.network.domain.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.validator.constraints.time.DurationMin;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Our mail settings (docs/configuration.md, "Mail"; docs/decisions/004-mail-outbox.md), apart from Spring Boot's
 * {@code spring.mail.*}, which name the SMTP server. How often the sender looks for due mails
 * ({@code app.mail.outbox.poll-interval}) is read by its schedule.
 *
 * @param from the sender of all mails ({@code APP_MAIL_FROM}); its domain also names the Message-IDs
 * @param smtpRequired whether a missing SMTP server stops the start (the prod profile) instead of
 *     mails being written to the log
 * @param outbox when failed mails are tried again
 */
@Validated
@ConfigurationProperties("app.mail")
public record MailProperties(
        @NotBlank String from,
        @DefaultValue("false") boolean smtpRequired,
        @Valid @NotNull Outbox outbox) {

    /** The sender as an address; a value that is none stops the start where it is first needed. */
    public InternetAddress sender() {
        try {
            InternetAddress address = new InternetAddress(from, true);
            address.validate();
            return address;
        } catch (AddressException e) {
            throw new IllegalStateException("APP_MAIL_FROM is not a valid sender address: " + from, e);
        }
    }

    /**
     * A failed mail is tried again after {@code firstRetryDelay}, doubling with each failure up to
     * {@code maxRetryDelay}; after {@code maxAttempts} attempts it is given up (FAILED). With the
     * defaults (1 min, 1 h, 10) an SMTP outage of about four hours loses nothing.
     *
     * @param batchSize how many due mails one run of the sender takes at most
     */
    public record Outbox(
            @Min(1) int maxAttempts,
            @NotNull @DurationMin(seconds = 0) Duration firstRetryDelay,
            @NotNull Duration maxRetryDelay,
            @Min(1) int batchSize) {

        @AssertTrue(message = "app.mail.outbox.max-retry-delay must be at least first-retry-delay")
        public boolean isMaxRetryDelayAtLeastFirstRetryDelay() {
            return firstRetryDelay == null || maxRetryDelay == null || maxRetryDelay.compareTo(firstRetryDelay) >= 0;
        }

        /**
         * @param failedAttempts attempts made so far, including the one that just failed
         * @return when to try next, or null to give up
         */
        @Nullable
        Instant nextAttempt(int failedAttempts, Instant now) {
            if (failedAttempts >= maxAttempts) {
                return null;
            }
            Duration delay = firstRetryDelay;
            for (int i = 1; i < failedAttempts && delay.compareTo(maxRetryDelay) < 0; i++) {
                delay = delay.multipliedBy(2);
            }
            return now.plus(delay.compareTo(maxRetryDelay) < 0 ? delay : maxRetryDelay);
        }
    }
}
