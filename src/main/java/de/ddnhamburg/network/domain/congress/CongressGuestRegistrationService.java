package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.member.EmailAddress;
import de.ddnhamburg.network.domain.member.MemberIdentity;
import de.ddnhamburg.network.domain.member.MemberLookup;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
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
 * signed in). Only a new address holds places, so the public figures leave unconfirmed guests out
 * ({@link CongressPublicPlaces}).
 *
 * <p>What the address has (the link limit, a member, a registration) is looked up before the lock
 * (decision 011); a new registration is then placed with others under one lock
 * ({@link CongressLockBatches}), and a second submit that raced it is refused by the unique key and
 * answered as if it had come later.
 *
 * <p>The guest's link then leads to {@link CongressGuestConfirmationService}.
 */
@Service
@Transactional
@PreAuthorize("permitAll()")
public class CongressGuestRegistrationService {

    private static final Logger LOG = LoggerFactory.getLogger(CongressGuestRegistrationService.class);

    private final CongressPlacement placement;
    private final CongressLockBatches batches;
    private final CongressRegistrationRepository registrations;
    private final RegistrationIntake intake;
    private final CongressRegistrations shared;
    private final CongressGuestTokens tokens;
    private final CongressMails mails;
    private final CongressGuestLinks guestLinks;
    private final MemberLookup members;
    private final CongressRegistrationProperties settings;
    private final Clock clock;
    private final CongressCatalogue catalogue;
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;
    private final ApplicationEventPublisher publisher;

    CongressGuestRegistrationService(
            CongressPlacement placement,
            CongressLockBatches batches,
            CongressRegistrationRepository registrations,
            RegistrationIntake intake,
            CongressRegistrations shared,
            CongressGuestTokens tokens,
            CongressMails mails,
            CongressGuestLinks guestLinks,
            MemberLookup members,
            CongressRegistrationProperties settings,
            Clock clock,
            CongressCatalogue catalogue,
            PlatformTransactionManager transactions,
            ApplicationEventPublisher publisher) {
        this.placement = placement;
        this.batches = batches;
        this.registrations = registrations;
        this.intake = intake;
        this.shared = shared;
        this.tokens = tokens;
        this.mails = mails;
        this.guestLinks = guestLinks;
        this.members = members;
        this.settings = settings;
        this.clock = clock;
        this.catalogue = catalogue;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
        this.publisher = publisher;
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
        try {
            registerOnce(request);
        } catch (DataIntegrityViolationException e) {
            // A second submit with the address that passed the look-up before the first was
            // committed: the unique key refused its row. Again, it now finds the first and mails.
            registerOnce(request);
        }
    }

    /** What the look-ups before the lock found for the address. */
    private enum Found {
        NOTHING,
        LIMIT_REACHED,
        MEMBER,
        REGISTRATION
    }

    private record Prepared(
            TicketCategory category, Found found, @Nullable MemberIdentity member) {}

    private void registerOnce(RegistrationRequest request) {
        // Read and checked without the lock, in the order checked before: a congress guests may not
        // see, then the input, registration open, then what the address has already.
        Prepared prepared = Objects.requireNonNull(reading.execute(status -> prepare(request)));
        switch (prepared.found()) {
            case LIMIT_REACHED -> {
                LOG.info(
                        "Congress guest registration for {} ignored: link limit of the address reached",
                        request.congressId());
                announceUnchanged(request.congressId());
            }
            case MEMBER -> {
                writing.executeWithoutResult(status -> mailMember(request, prepared));
                announceUnchanged(request.congressId());
            }
            case REGISTRATION ->
                // Rare (registered before, or cancelled): the look-up is repeated under the lock.
                writing.executeWithoutResult(status -> registerAgain(request, prepared.category()));
            case NOTHING ->
                batches.place(request.congressId(), (locked, places) -> {
                    registerNew(locked, places, request, prepared.category());
                    return Boolean.TRUE;
                });
        }
    }

    private Prepared prepare(RegistrationRequest request) {
        Congress congress = catalogue.visible(request.congressId());
        TicketCategory category = intake.check(catalogue.programme(congress.id()), request, true);
        RegistrationIntake.requireOpen(congress, clock.instant());
        String email = email(request);
        if (tokens.limitReached(email, settings.guestMailsPerHour())) {
            return new Prepared(category, Found.LIMIT_REACHED, null);
        }
        Optional<MemberIdentity> member = members.findByEmail(email);
        if (member.isPresent()) {
            return new Prepared(category, Found.MEMBER, member.get());
        }
        boolean registered = registrations
                .findByCongressIdAndPersonKey(congress.id(), CongressRegistration.guestKey(email))
                .isPresent();
        return new Prepared(category, registered ? Found.REGISTRATION : Found.NOTHING, null);
    }

    /** The address belongs to a member, who registers signed in: at most one such mail per hour. */
    private void mailMember(RegistrationRequest request, Prepared prepared) {
        MemberIdentity member = Objects.requireNonNull(prepared.member());
        Congress congress = catalogue.visible(request.congressId());
        mails.memberAddress(
                congress,
                email(request),
                member.displayName(),
                member.language(),
                member.id() + ":" + clock.instant().getEpochSecond() / 3600);
    }

    /**
     * A new registration, under the lock, possibly with others (on another thread): placed, and the
     * first confirmation link queued (no earlier link to revoke, no earlier mail for its fact).
     */
    private void registerNew(
            Congress congress, CongressPlaces places, RegistrationRequest request, TicketCategory category) {
        Congress locked = RegistrationIntake.requireVisible(congress);
        Instant now = clock.instant();
        RegistrationIntake.requireOpen(locked, now);
        CongressRegistration registration =
                CongressRegistration.forGuest(locked.id(), category.id(), email(request), TicketCodes.newCode());
        Moves moves = intake.place(
                locked, places, registration, category, request, Hold.until(now.plus(settings.guestHold())));
        guestLinks.firstConfirmationLink(locked, registration);
        shared.mailConcerned(locked, moves, registration.id());
    }

    /** The address has a registration (or a cancelled one): as before, everything under the lock. */
    private void registerAgain(RegistrationRequest request, TicketCategory category) {
        Congress locked = RegistrationIntake.requireVisible(placement.lock(request.congressId()));
        Instant now = clock.instant();
        RegistrationIntake.requireOpen(locked, now);
        String email = email(request);
        Optional<CongressRegistration> found =
                registrations.findByCongressIdAndPersonKey(locked.id(), CongressRegistration.guestKey(email));
        if (found.isPresent() && found.get().getStatus() != CongressRegistrationStatus.CANCELLED) {
            CongressRegistration registered = found.get();
            if (registered.getConfirmedAt() == null) {
                guestLinks.confirmationLink(locked, registered);
            } else {
                mails.alreadyRegistered(locked, registered);
            }
            announceUnchanged(locked.id());
            return;
        }
        CongressRegistration registration = found.orElseGet(
                () -> CongressRegistration.forGuest(locked.id(), category.id(), email, TicketCodes.newCode()));
        Moves moves = intake.place(locked, registration, category, request, Hold.until(now.plus(settings.guestHold())));
        registrations.saveAndFlush(registration);
        guestLinks.confirmationLink(locked, registration);
        shared.mailConcerned(locked, moves, registration.id());
    }

    /**
     * A submit that placed nobody (a registered address, a member's, or the link limit) tells open
     * pages of a change as one that placed somebody, so that the push alone does not tell them apart;
     * the public figures leave unconfirmed guests out ({@link CongressPublicPlaces}).
     */
    private void announceUnchanged(long congressId) {
        publisher.publishEvent(new CongressPlacesChanged(congressId));
    }

    private static String email(RegistrationRequest request) {
        return EmailAddress.normalise(Objects.requireNonNull(request.email()));
    }
}
