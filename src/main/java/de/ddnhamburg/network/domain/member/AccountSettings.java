package de.ddnhamburg.network.domain.member;

import java.net.URI;
import java.time.Duration;

/**
 * The settings of joining and of the account links (README, "Configuration").
 *
 * @param publicUrl where members reach the platform; mailed links start with it. Never taken from
 *     the request: a forged Host header would otherwise send reset links to an attacker's server.
 * @param privacyVersion the version of the privacy notice a joining member agrees to
 * @param approvalRequired whether an admin approves members after they confirmed their address
 * @param confirmationValidity how long the link confirming a new member's address works
 * @param resetValidity how long a password reset link works
 * @param emailChangeValidity how long the link confirming a new address works
 * @param mailsPerHour how many links of one kind one address receives per hour at most
 */
record AccountSettings(
        URI publicUrl,
        String privacyVersion,
        boolean approvalRequired,
        Duration confirmationValidity,
        Duration resetValidity,
        Duration emailChangeValidity,
        int mailsPerHour) {

    AccountSettings {
        String scheme = publicUrl.getScheme();
        if (!("https".equals(scheme) || "http".equals(scheme)) || publicUrl.getHost() == null) {
            throw new IllegalStateException("APP_PUBLIC_URL must be an absolute http(s) address: " + publicUrl);
        }
        if (privacyVersion.isBlank() || privacyVersion.length() > 50) {
            throw new IllegalStateException("app.privacy.version needs 1 to 50 characters");
        }
        for (Duration validity : new Duration[] {confirmationValidity, resetValidity, emailChangeValidity}) {
            if (validity.isNegative() || validity.isZero()) {
                throw new IllegalStateException("Link validities must be positive: " + validity);
            }
        }
        if (mailsPerHour < 1) {
            throw new IllegalStateException("app.account.mails-per-hour must be at least 1");
        }
    }

    /** A link to a page of the platform, such as {@code konto/bestaetigen?token=...}. */
    String link(String path, String token) {
        return page(path) + "?token=" + token;
    }

    String page(String path) {
        String base = publicUrl.toString();
        return (base.endsWith("/") ? base : base + "/") + path;
    }
}
