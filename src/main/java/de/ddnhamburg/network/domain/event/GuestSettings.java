package de.ddnhamburg.network.domain.event;

import java.net.URI;
import java.time.Duration;

/**
 * The settings of guest registration (README, "Configuration").
 *
 * @param publicUrl where guests reach the platform; mailed links start with it, never with the request's host
 * @param privacyVersion the version of the privacy notice a guest agrees to, stored with the registration
 * @param hold how long an unconfirmed registration holds its seat or waiting place ({@code app.events.guest-hold})
 * @param mailsPerHour how many guest links one address receives per hour at most, over all events
 * @param retention how long after an event its guests' details are kept before they are erased
 */
record GuestSettings(URI publicUrl, String privacyVersion, Duration hold, int mailsPerHour, Duration retention) {

    GuestSettings {
        if (hold.isNegative() || hold.isZero()) {
            throw new IllegalStateException("app.events.guest-hold must be positive: " + hold);
        }
        if (mailsPerHour < 1) {
            throw new IllegalStateException("app.events.guest-mails-per-hour must be at least 1");
        }
        if (retention.isNegative()) {
            throw new IllegalStateException("app.events.guest-retention must not be negative: " + retention);
        }
    }

    /** A page of the platform, such as {@code veranstaltungen/gast/bestaetigen?token=...}. */
    String link(String path, String token) {
        return page(path) + "?token=" + token;
    }

    String page(String path) {
        String base = publicUrl.toString();
        return (base.endsWith("/") ? base : base + "/") + path;
    }
}
