package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.member.EmailAddress;
import de.ddnhamburg.network.domain.member.MemberIdentity;
import de.ddnhamburg.network.domain.member.MemberLookup;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Guests register for the congress with double opt-in: the registration takes its places through
 * the placement at once, held for {@code app.congress.registration.guest-hold} unless the guest
 * confirms the address by the mailed link; {@link CongressHoldExpiry} releases them then.
 *
 * <p>Open to everybody, so nothing here tells whether an address is registered: every valid submit
 * gets the same answer, and what differs goes by mail to the address (a new confirmation link, a
 * reminder of the registration there is, or, for an address of a member, the way to register
 * signed in).
 */
@Service
@Transactional
@PreAuthorize("permitAll()")
public class CongressGuestRegistrationService {

    private static final Logger LOG = LoggerFactory.getLogger(CongressGuestRegistrationService.class);

    private final CongressPlacement placement;
    private final CongressRegistrationRepository registrations;
    private final TicketCategoryRepository categories;
    private final RegistrationIntake intake;
    private final CongressRegistrations shared;
    private final CongressGuestTokens tokens;
    private final CongressMails mails;
    private final MemberLookup members;
    private final CongressRegistrationProperties settings;
    private final Clock clock;
    private final CongressCatalogue catalogue;
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;

    CongressGuestRegistrationService(
            CongressPlacement placement,
            CongressRegistrationRepository registrations,
            TicketCategoryRepository categories,
            RegistrationIntake intake,
            CongressRegistrations shared,
            CongressGuestTokens tokens,
            CongressMails mails,
            MemberLookup members,
            CongressRegistrationProperties settings,
            Clock clock,
            CongressCatalogue catalogue,
            PlatformTransactionManager transactions) {
        this.placement = placement;
        this.registrations = registrations;
        this.categories = categories;
        this.intake = intake;
        this.shared = shared;
        this.tokens = tokens;
        this.mails = mails;
        this.members = members;
        this.settings = settings;
        this.clock = clock;
        this.catalogue = catalogue;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
    }

    /**
     * Registers a guest and mails the confirmation link; returns normally whatever happened to the
     * address.
     *
     * @throws de.ddnhamburg.network.domain.common.InvalidInputException naming each wrong field
     * @throws de.ddnhamburg.network.domain.common.NotFoundException for a congress guests may not see
     * @throws de.ddnhamburg.network.domain.common.DomainException when registration is not open
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void register(RegistrationRequest request) {
        // Checked against the programme read before the lock, in the order checked before: a
        // congress guests may not see, then the input.
        TicketCategory category = Objects.requireNonNull(reading.execute(status -> intake.check(
                catalogue.programme(catalogue.visible(request.congressId()).id()), request, true)));
        writing.executeWithoutResult(status -> register(request, category));
    }

    private void register(RegistrationRequest request, TicketCategory category) {
        Congress locked = RegistrationIntake.requireVisible(placement.lock(request.congressId()));
        Instant now = clock.instant();
        RegistrationIntake.requireOpen(locked, now);
        String email = EmailAddress.normalise(Objects.requireNonNull(request.email()));
        if (tokens.limitReached(email, settings.guestMailsPerHour())) {
            LOG.info("Congress guest registration for {} ignored: link limit of the address reached", locked.id());
            return;
        }
        Optional<MemberIdentity> member = members.findByEmail(email);
        if (member.isPresent()) {
            // At most one such mail per member, congress and hour: the form can be sent again and again.
            mails.memberAddress(
                    locked,
                    email,
                    member.get().displayName(),
                    member.get().language(),
                    member.get().id() + ":" + now.getEpochSecond() / 3600);
            return;
        }
        Optional<CongressRegistration> found =
                registrations.findByCongressIdAndPersonKey(locked.id(), CongressRegistration.guestKey(email));
        if (found.isPresent() && found.get().getStatus() != CongressRegistrationStatus.CANCELLED) {
            CongressRegistration registered = found.get();
            if (registered.getConfirmedAt() == null) {
                mails.confirmationLink(locked, registered);
            } else {
                mails.alreadyRegistered(locked, registered);
            }
            return;
        }
        CongressRegistration registration = found.orElseGet(
                () -> CongressRegistration.forGuest(locked.id(), category.id(), email, TicketCodes.newCode()));
        Moves moves = intake.place(locked, registration, category, request, Hold.until(now.plus(settings.guestHold())));
        registrations.saveAndFlush(registration);
        mails.confirmationLink(locked, registration);
        shared.mailConcerned(locked, moves, registration.id());
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
        return new GuestConfirmation(details, mails.manageToken(intake.congressOf(registration), registration));
    }
}
