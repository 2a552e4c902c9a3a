package de.ddnhamburg.network.domain.congress;

import java.time.Clock;
import java.time.Instant;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second step of a guest's double opt-in ({@link CongressGuestRegistrationService}): the mailed
 * link confirms the address. Open to everybody, as the link is the only proof needed; a link is
 * used once, and only while the registration's hold lasts.
 */
@Service
@Transactional
@PreAuthorize("permitAll()")
public class CongressGuestConfirmationService {

    private final CongressPlacement placement;
    private final CongressRegistrationRepository registrations;
    private final TicketCategoryRepository categories;
    private final RegistrationIntake intake;
    private final CongressRegistrations shared;
    private final CongressGuestTokens tokens;
    private final CongressMails mails;
    private final CongressGuestLinks guestLinks;
    private final Clock clock;

    CongressGuestConfirmationService(
            CongressPlacement placement,
            CongressRegistrationRepository registrations,
            TicketCategoryRepository categories,
            RegistrationIntake intake,
            CongressRegistrations shared,
            CongressGuestTokens tokens,
            CongressMails mails,
            CongressGuestLinks guestLinks,
            Clock clock) {
        this.placement = placement;
        this.registrations = registrations;
        this.categories = categories;
        this.intake = intake;
        this.shared = shared;
        this.tokens = tokens;
        this.mails = mails;
        this.guestLinks = guestLinks;
        this.clock = clock;
    }

    /** What a confirmation link is for, without using it: the page asks before it confirms. */
    @Transactional(readOnly = true)
    public RegistrationDetails checkConfirmation(String token) {
        CongressGuestToken found = tokens.check(token, CongressTokenPurpose.CONFIRM);
        CongressRegistration registration = registrations
                .findById(found.getRegistrationId())
                .orElseThrow(() -> new CongressLinkException(CongressLinkProblem.UNKNOWN));
        if (registration.getStatus() == CongressRegistrationStatus.CANCELLED) {
            throw new CongressLinkException(CongressLinkProblem.EXPIRED);
        }
        Congress congress = intake.congressOf(registration);
        return shared.details(congress, registration);
    }

    /**
     * Confirms the address: the place is kept without a time limit (or awaits approval), the guest
     * is mailed the confirmation with the .ics, the QR code and the link to "Meine Anmeldung".
     *
     * @throws CongressLinkException when the link is unknown, used, or the hold ran out
     */
    public RegistrationDetails confirm(String token) {
        CongressGuestToken used = tokens.consume(token, CongressTokenPurpose.CONFIRM);
        long congressId = registrations
                .findCongressIdById(used.getRegistrationId())
                .orElseThrow(() -> new CongressLinkException(CongressLinkProblem.UNKNOWN));
        Congress locked = placement.lock(congressId);
        CongressRegistration registration =
                registrations.findById(used.getRegistrationId()).orElseThrow();
        if (registration.getStatus() == CongressRegistrationStatus.CANCELLED) {
            throw new CongressLinkException(CongressLinkProblem.EXPIRED);
        }
        TicketCategory category =
                categories.findById(registration.getCategoryId()).orElseThrow();
        Instant now = clock.instant();
        Moves moves = placement.confirm(locked, registration, category.isApprovalRequired(), now);
        if (registration.getConfirmedAt() == null) {
            registration.setConfirmedAt(now);
        }
        tokens.revokeAll(registration.id(), CongressTokenPurpose.CONFIRM);
        registrations.saveAndFlush(registration);
        mails.state(locked, registration, "registered");
        shared.mailConcerned(locked, moves, registration.id());
        return shared.details(locked, registration);
    }

    /**
     * Confirms like {@link #confirm(String)} and opens "Meine Anmeldung" for the page the link led
     * to: with a manage link of its own (the same kind the mail carries), so that the page can show
     * the ticket's QR code and lead on.
     *
     * @throws CongressLinkException when the link is unknown, used, or the hold ran out
     */
    public GuestConfirmation confirmAndOpen(String token) {
        RegistrationDetails details = confirm(token);
        CongressRegistration registration = registrations.findById(details.id()).orElseThrow();
        return new GuestConfirmation(details, guestLinks.manageToken(intake.congressOf(registration), registration));
    }
}
