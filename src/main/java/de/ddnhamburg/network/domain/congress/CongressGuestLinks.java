package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.common.ClockConfig;
import de.ddnhamburg.network.domain.common.PublicLinks;
import de.ddnhamburg.network.domain.mail.MailOutbox;
import de.ddnhamburg.network.domain.mail.MailRequest;
import de.ddnhamburg.network.domain.mail.MailTemplate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import org.springframework.stereotype.Component;

/**
 * The links a guest gets instead of an account: the confirmation link of the double opt-in (mailed
 * here) and the manage link to "Meine Anmeldung" (carried by {@link CongressMails}' mails and the
 * confirmation page). Each is a token of its own purpose with its own lifetime.
 */
@Component
class CongressGuestLinks {

    private final MailOutbox outbox;
    private final CongressGuestTokens tokens;
    private final CongressRegistrationProperties settings;
    private final PublicLinks links;
    private final Clock clock;

    CongressGuestLinks(
            MailOutbox outbox,
            CongressGuestTokens tokens,
            CongressRegistrationProperties settings,
            PublicLinks links,
            Clock clock) {
        this.outbox = outbox;
        this.tokens = tokens;
        this.settings = settings;
        this.links = links;
        this.clock = clock;
    }

    /** A new confirmation link for a guest, valid while the hold lasts; older ones stop working. */
    void confirmationLink(Congress congress, CongressRegistration guest) {
        tokens.revokeAll(guest.id(), CongressTokenPurpose.CONFIRM);
        outbox.enqueue(confirmationMail(congress, guest));
    }

    /**
     * The first confirmation link of a registration just inserted: there is no older link to
     * revoke, and no mail for its fact (it names the new token), so neither is looked for.
     */
    void firstConfirmationLink(Congress congress, CongressRegistration guest) {
        outbox.enqueueNew(confirmationMail(congress, guest));
    }

    private MailRequest confirmationMail(Congress congress, CongressRegistration guest) {
        Instant hold = guest.getHoldExpiresAt();
        // A guest waiting for the category holds nothing; the link then works as long as a new hold would.
        Instant until = hold != null ? hold : clock.instant().plus(settings.guestHold());
        CongressGuestTokens.Issued token = tokens.issue(guest, CongressTokenPurpose.CONFIRM, until);
        return CongressMails.request(
                "congress.confirm:" + guest.id() + ":" + token.id(),
                guest,
                MailTemplate.CONGRESS_GUEST_CONFIRM,
                congress.getTitle(),
                links.withToken(PublicLinks.CONGRESS_GUEST_CONFIRM, token.secret()),
                until);
    }

    /** Members find it on their account; guests get a manage link of their own, valid until after the congress. */
    String manageLink(Congress congress, CongressRegistration registration) {
        if (!registration.isGuest()) {
            return links.page(PublicLinks.CONGRESS_MY_REGISTRATION);
        }
        return links.withToken(PublicLinks.CONGRESS_GUEST_REGISTRATION, manageToken(congress, registration));
    }

    /** A new manage link's secret for a guest's registration, valid until after the congress. */
    String manageToken(Congress congress, CongressRegistration registration) {
        Instant until = congress.lastDay()
                .atTime(LocalTime.MAX)
                .atZone(ClockConfig.DISPLAY_ZONE)
                .toInstant()
                .plus(settings.manageLinkGrace());
        return tokens.issue(registration, CongressTokenPurpose.MANAGE, until).secret();
    }
}
