package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.audit.AuditService;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.security.CurrentUser;
import de.ddnhamburg.network.security.Roles;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members register for events and cancel. Seats go through {@link SeatAllocation} under the
 * event's row lock, registrations several per lock ({@link EventRegistrationIntake}); registering twice returns the first registration, cancelling twice changes
 * nothing. Members cancel their own registrations only; organisers any of their events', which is audited.
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.MEMBER + "')")
public class EventRegistrationService {

    private final EventRepository events;
    private final EventRegistrationRepository registrations;
    private final SeatAllocation seats;
    private final EventRegistrationIntake intake;
    private final PromotionMails promotions;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final EventViewers viewers;
    private final PublicSeats publicSeats;
    private final Clock clock;

    EventRegistrationService(
            EventRepository events,
            EventRegistrationRepository registrations,
            SeatAllocation seats,
            EventRegistrationIntake intake,
            PromotionMails promotions,
            AuditService audit,
            CurrentUser currentUser,
            EventViewers viewers,
            PublicSeats publicSeats,
            Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.seats = seats;
        this.intake = intake;
        this.promotions = promotions;
        this.audit = audit;
        this.currentUser = currentUser;
        this.viewers = viewers;
        this.publicSeats = publicSeats;
        this.clock = clock;
    }

    /**
     * Takes a seat of that kind for me, or a place on its waiting list if all are taken. If I am
     * registered already (a double submit, a second tab), returns that registration unchanged.
     * A new registration is confirmed by mail, with the event's .ics. Placed with others
     * registering for the event at the same time, several under one lock ({@link EventRegistrationIntake}).
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public RegistrationSummary register(long eventId, SeatKind kind) {
        return intake.register(eventId, me(), kind);
    }

    /**
     * Cancels a registration: mine, or anyone's for organisers of the event (admins, moderators of
     * the organising group), which is audited. A freed seat goes to the first waiting
     * member of that kind, who is mailed. Members cannot cancel once the event has begun.
     */
    public RegistrationSummary cancel(long registrationId) {
        long me = me();
        long eventId = registrations.findEventIdById(registrationId).orElseThrow(NotFoundException::new);
        Event event = seats.lock(eventId);
        // Admins, and moderators of the organising group for its events (EventOrganiserService).
        boolean organiser = viewers.current().mayOrganise(event);
        // Read after the lock, so that its status and position are current.
        EventRegistration registration = registrations.findById(registrationId).orElseThrow(NotFoundException::new);
        if (!registration.isOf(me) && !organiser) {
            throw new AccessDeniedException("Only your own registration");
        }
        if (!registration.isActive()) {
            return RegistrationSummary.of(registration);
        }
        if (!organiser && !clock.instant().isBefore(event.getStartsAt())) {
            throw new DomainException("event.registration.cancelClosed");
        }
        List<EventRegistration> promoted = seats.release(event, registration);
        if (!registration.isOf(me)) {
            audit.record(
                    AuditAction.EVENT_REGISTRATION_CANCELLED,
                    EventService.target(eventId),
                    registration.isGuest() ? "guest:" + registration.id() : "member:" + registration.getMemberId());
        }
        promotions.mail(event, promoted);
        return RegistrationSummary.of(registration);
    }

    /** Published events that have not ended and that I may see (a guest: public ones), soonest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public List<EventCard> upcoming() {
        EventViewer viewer = viewers.current();
        return events.findByStatusAndEndsAtAfterOrderByStartsAtAsc(EventStatus.PUBLISHED, clock.instant()).stream()
                .filter(viewer::maySee)
                .map(EventCard::of)
                .toList();
    }

    /**
     * The event with the seats still free as everybody sees them ({@link PublicSeats}) and my
     * registration. An event I may not see (a draft, a group's event for others) does not exist for me.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public EventPage page(long eventId) {
        EventViewer viewer = viewers.current();
        boolean admin = viewer.admin();
        Event event = events.findById(eventId).filter(viewer::maySee).orElseThrow(NotFoundException::new);
        Optional<EventRegistration> mine = viewer.isGuest()
                ? Optional.empty()
                : registrations.findByEventIdAndMemberId(eventId, java.util.Objects.requireNonNull(viewer.memberId()));
        boolean onlineSeat = mine.filter(
                        r -> r.getStatus() == RegistrationStatus.CONFIRMED && r.getSeatKind() == SeatKind.ONLINE)
                .isPresent();
        // Without the seats of unconfirmed guests, or the figure would tell whether an address is registered.
        List<SeatOffer> offers = publicSeats.offers(event);
        Instant now = clock.instant();
        Instant opens = event.getRegistrationOpensAt();
        boolean open = event.getStatus() == EventStatus.PUBLISHED
                && (opens == null || !now.isBefore(opens))
                && now.isBefore(event.registrationClosesAt());
        return new EventPage(
                event.id(),
                event.getTitle(),
                event.getType(),
                event.getDescription(),
                event.getStartsAt(),
                event.getEndsAt(),
                event.getFormat(),
                event.getVenue(),
                onlineSeat || admin ? event.getOnlineLink() : null,
                event.getStatus(),
                offers,
                mine.map(RegistrationSummary::of).orElse(null),
                open);
    }

    /** My registration for the event, if I ever registered. */
    @Transactional(readOnly = true)
    public Optional<RegistrationSummary> mine(long eventId) {
        return registrations.findByEventIdAndMemberId(eventId, me()).map(RegistrationSummary::of);
    }

    /**
     * Whether I hold or wait for a seat at any of these events, in one query: the start page asks
     * this of all upcoming events at once.
     */
    @Transactional(readOnly = true)
    public boolean registeredForAny(Collection<Long> eventIds) {
        return !eventIds.isEmpty()
                && registrations.existsByMemberIdAndEventIdInAndStatusIn(
                        me(), eventIds, List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED));
    }

    private long me() {
        return currentUser.requireMemberId();
    }
}
