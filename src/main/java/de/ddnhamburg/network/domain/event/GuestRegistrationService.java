package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.common.AnonymousForm;
import de.ddnhamburg.network.domain.common.ClientLimits;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.common.PlatformProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
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
 * Guests without an account register for published public events that allow guests, with double
 * opt-in: the registration takes a seat (or a waiting place) through {@link SeatAllocation} at
 * once, like a member's, but holds it only for {@code app.events.guest-hold} unless the guest
 * confirms the address by the mailed link; {@link GuestHoldExpiry} then frees it. Confirmed guests
 * get a link to cancel, which works until the event starts.
 *
 * <p>Open to everybody by necessity, so nothing here may tell whether an address is registered:
 * every valid submit gets the same answer, and what differs goes by mail to the address. A new
 * address holds a seat and a registered one does not, so the seat figure everybody sees leaves
 * unconfirmed holds out ({@link PublicSeats}), and every submit announces a seat change alike.
 */
@Service
@Transactional
@PreAuthorize("permitAll()")
public class GuestRegistrationService {

    private static final Logger LOG = LoggerFactory.getLogger(GuestRegistrationService.class);

    private final EventRepository events;
    private final EventRegistrationRepository registrations;
    private final SeatAllocation seats;
    private final GuestTokens tokens;
    private final GuestMails mails;
    private final PromotionMails promotions;
    private final EventProperties settings;
    private final PlatformProperties platform;
    private final Clock clock;
    private final ClientLimits clientLimits;
    private final TransactionTemplate writing;

    GuestRegistrationService(
            EventRepository events,
            EventRegistrationRepository registrations,
            SeatAllocation seats,
            GuestTokens tokens,
            GuestMails mails,
            PromotionMails promotions,
            EventProperties settings,
            PlatformProperties platform,
            Clock clock,
            ClientLimits clientLimits,
            PlatformTransactionManager transactions) {
        this.events = events;
        this.registrations = registrations;
        this.seats = seats;
        this.tokens = tokens;
        this.mails = mails;
        this.promotions = promotions;
        this.settings = settings;
        this.platform = platform;
        this.clock = clock;
        this.clientLimits = clientLimits;
        this.writing = new TransactionTemplate(transactions);
    }

    /** How long guests' details are held unconfirmed and kept after the event; the privacy notice names both. */
    @Transactional(readOnly = true)
    public GuestDataPeriods dataPeriods() {
        return new GuestDataPeriods(settings.guestHold(), settings.guestRetention());
    }

    /** What the guest form offers for the event; an event a guest may not see does not exist. */
    @Transactional(readOnly = true)
    public GuestOffer offer(long eventId) {
        Event event = visibleToGuests(eventId);
        List<SeatKind> kinds = Arrays.stream(SeatKind.values())
                .filter(event.getFormat()::offers)
                .toList();
        return new GuestOffer(
                event.isGuestsAllowed(),
                event.isGuestsAllowed() && isOpen(event, clock.instant()),
                kinds,
                settings.guestHold());
    }

    /**
     * Registers a guest and mails the confirmation link. Returns normally whatever happened to the
     * address: a new registration, a second submit of an unconfirmed one (a new link is mailed), of
     * a confirmed one (the guest is mailed a reminder with a cancel link), or too many submits for
     * the address within an hour (nothing is mailed).
     *
     * @throws InvalidInputException for invalid input, naming the fields as {@link GuestRules} does
     * @throws NotFoundException for an event guests may not see
     * @throws DomainException when the event takes no guests or registration is not open, or the
     *     client address sent too many registrations within the window
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void register(long eventId, GuestRegistrationRequest request) {
        // Before the lock: one client address holds at most app.security.form-limits.per-address
        // places per window, however many mail addresses it makes up. And before the transaction:
        // the limit commits in a transaction of its own, and a connection held here while it waits
        // for a second one lets a burst of guests drain the pool (the load test's smoke run did).
        clientLimits.acquire(AnonymousForm.GUEST_REGISTRATION);
        writing.executeWithoutResult(status -> registerLocked(eventId, request));
    }

    private void registerLocked(long eventId, GuestRegistrationRequest request) {
        Event event = seats.lock(eventId);
        if (!EventViewer.guest().maySee(event)) {
            throw new NotFoundException();
        }
        GuestDetails details = GuestRules.valid(request, event.getFormat());
        Instant now = clock.instant();
        checkOpen(event, now);
        if (tokens.limitReached(details.email(), settings.guestMailsPerHour())) {
            LOG.info("Guest registration for event {} ignored: link limit of the address reached", eventId);
            seats.announceUnchanged(event);
            return;
        }
        Optional<EventRegistration> existing = registrations.findByEventIdAndGuestEmail(eventId, details.email());
        if (existing.isPresent() && existing.get().isActive()) {
            EventRegistration registered = existing.get();
            if (registered.getGuestConfirmedAt() != null) {
                mails.alreadyRegistered(event, registered);
            } else {
                mails.confirmationLink(event, registered);
            }
            // No seat taken; to the public page it looks like a new guest's hold, which it does not
            // count either (PublicSeats).
            seats.announceUnchanged(event);
            return;
        }
        EventRegistration registration = existing.orElseGet(() -> new EventRegistration(eventId, details.email()));
        registration.applyGuest(details, platform.privacy().version(), now, now.plus(settings.guestHold()));
        EventRegistration taken = seats.take(event, registration, details.seatKind(), now);
        mails.confirmationLink(event, taken);
    }

    /** What a confirmation link is for, without using it: the page asks before it confirms. */
    @Transactional(readOnly = true)
    public GuestRegistrationSummary checkConfirmation(String token) {
        GuestToken found = tokens.check(token, GuestTokenPurpose.CONFIRM);
        EventRegistration registration = registrations
                .findById(found.getRegistrationId())
                .orElseThrow(() -> new GuestLinkException(GuestLinkProblem.UNKNOWN));
        if (!registration.isActive()) {
            throw new GuestLinkException(GuestLinkProblem.EXPIRED);
        }
        return GuestRegistrationSummary.of(
                events.findById(registration.getEventId()).orElseThrow(), registration);
    }

    /**
     * Confirms the address: the registration keeps its seat or waiting place without a time limit,
     * and the guest is mailed a link to cancel.
     *
     * @throws GuestLinkException when the link is unknown, used, or the hold ran out
     */
    public GuestRegistrationSummary confirm(String token) {
        GuestToken used = tokens.consume(token, GuestTokenPurpose.CONFIRM);
        long eventId = registrations
                .findEventIdById(used.getRegistrationId())
                .orElseThrow(() -> new GuestLinkException(GuestLinkProblem.UNKNOWN));
        Event event = seats.lock(eventId);
        EventRegistration registration =
                registrations.findById(used.getRegistrationId()).orElseThrow();
        if (!registration.isActive()) {
            throw new GuestLinkException(GuestLinkProblem.EXPIRED);
        }
        registration.confirmGuest(clock.instant());
        registrations.saveAndFlush(registration);
        tokens.revokeAll(registration.id(), GuestTokenPurpose.CONFIRM);
        mails.confirmed(event, registration);
        return GuestRegistrationSummary.of(event, registration);
    }

    /** What a cancel link is for, without using it. */
    @Transactional(readOnly = true)
    public GuestRegistrationSummary checkCancellation(String token) {
        GuestToken found = tokens.check(token, GuestTokenPurpose.CANCEL);
        EventRegistration registration = registrations
                .findById(found.getRegistrationId())
                .orElseThrow(() -> new GuestLinkException(GuestLinkProblem.UNKNOWN));
        Event event = events.findById(registration.getEventId()).orElseThrow();
        checkCancellable(event, registration);
        return GuestRegistrationSummary.of(event, registration);
    }

    /**
     * Cancels the guest's registration; a freed seat goes to the first waiting, who is mailed.
     *
     * @throws GuestLinkException when the link is unknown, used, or the event has begun
     */
    public GuestRegistrationSummary cancel(String token) {
        GuestToken used = tokens.consume(token, GuestTokenPurpose.CANCEL);
        long eventId = registrations
                .findEventIdById(used.getRegistrationId())
                .orElseThrow(() -> new GuestLinkException(GuestLinkProblem.UNKNOWN));
        Event event = seats.lock(eventId);
        EventRegistration registration =
                registrations.findById(used.getRegistrationId()).orElseThrow();
        checkCancellable(event, registration);
        List<EventRegistration> promoted = seats.release(event, registration);
        tokens.revokeAll(registration.id(), GuestTokenPurpose.CANCEL);
        tokens.revokeAll(registration.id(), GuestTokenPurpose.CONFIRM);
        promotions.mail(event, promoted);
        return GuestRegistrationSummary.of(event, registration);
    }

    private void checkCancellable(Event event, EventRegistration registration) {
        if (!registration.isActive()) {
            throw new GuestLinkException(GuestLinkProblem.USED);
        }
        if (!clock.instant().isBefore(event.getStartsAt())) {
            throw new GuestLinkException(GuestLinkProblem.EXPIRED);
        }
    }

    private Event visibleToGuests(long eventId) {
        return events.findById(eventId).filter(EventViewer.guest()::maySee).orElseThrow(NotFoundException::new);
    }

    private static boolean isOpen(Event event, Instant now) {
        Instant opens = event.getRegistrationOpensAt();
        return event.getStatus() == EventStatus.PUBLISHED
                && (opens == null || !now.isBefore(opens))
                && now.isBefore(event.registrationClosesAt());
    }

    private static void checkOpen(Event event, Instant now) {
        if (!event.isGuestsAllowed()) {
            throw new DomainException("event.guest.notAllowed");
        }
        if (event.getStatus() == EventStatus.CANCELLED) {
            throw new DomainException("event.registration.eventCancelled");
        }
        Instant opens = event.getRegistrationOpensAt();
        if (opens != null && now.isBefore(opens)) {
            throw new DomainException("event.registration.notOpenYet", opens);
        }
        if (!isOpen(event, now)) {
            throw new DomainException("event.registration.closed");
        }
    }
}
