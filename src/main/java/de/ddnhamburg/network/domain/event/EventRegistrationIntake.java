package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.member.MemberIdentity;
import de.ddnhamburg.network.domain.member.MemberLookup;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A member's registration for an event ({@link EventRegistrationService#register}, which is
 * authorised): the lock is held only for the seat and the mail. The member, the event and an
 * earlier registration are read and checked before it, in a read-only transaction; under the lock
 * the checks run again on the locked event, with others registering for it at the same time, several
 * per lock ({@link RegistrationLock}, on whichever thread places them, so everything the placing
 * needs from the caller's request is read first).
 */
@Component
class EventRegistrationIntake {

    private final EventRepository events;
    private final EventRegistrationRepository registrations;
    private final SeatAllocation seats;
    private final RegistrationLock registrationLock;
    private final MemberLookup members;
    private final RegistrationMails mails;
    private final EventViewers viewers;
    private final Clock clock;
    private final TransactionTemplate reading;

    EventRegistrationIntake(
            EventRepository events,
            EventRegistrationRepository registrations,
            SeatAllocation seats,
            RegistrationLock registrationLock,
            MemberLookup members,
            RegistrationMails mails,
            EventViewers viewers,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.events = events;
        this.registrations = registrations;
        this.seats = seats;
        this.registrationLock = registrationLock;
        this.members = members;
        this.mails = mails;
        this.viewers = viewers;
        this.clock = clock;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /** Registers the member, who is the caller, for a seat of that kind, or answers the registration there is. */
    RegistrationSummary register(long eventId, long me, SeatKind kind) {
        Prepared prepared = Objects.requireNonNull(reading.execute(status -> prepare(eventId, me, kind)));
        RegistrationSummary answer = prepared.answer();
        if (answer != null) {
            return answer;
        }
        try {
            return registrationLock.place(eventId, locked -> place(locked, me, kind, prepared));
        } catch (DataIntegrityViolationException e) {
            // A second submit that passed the look-up before the first was committed, then waited
            // for the lock: the unique key (event, member) refused its row. The first is the answer.
            return Objects.requireNonNull(reading.execute(status -> registrations
                            .findByEventIdAndMemberId(eventId, me)
                            .filter(EventRegistration::isActive)
                            .map(RegistrationSummary::of)))
                    .orElseThrow(() -> e);
        }
    }

    /**
     * What registering needs, read without the lock; the viewer and the member are taken along to
     * the thread that places the registration.
     *
     * @param viewer me, with my groups if seeing the event depended on them when it was read
     * @param earlier the id of my registration for the event, if I ever registered
     * @param answer my active registration, which is the answer without taking the lock
     */
    private record Prepared(
            MemberIdentity member,
            EventViewer viewer,
            boolean groupsRead,
            @Nullable Long earlier,
            @Nullable RegistrationSummary answer) {}

    private Prepared prepare(long eventId, long me, SeatKind kind) {
        MemberIdentity member = members.find(me).orElseThrow(() -> new AccessDeniedException("Unknown member"));
        Event event = events.findById(eventId).orElseThrow(NotFoundException::new);
        EventViewer viewer = viewers.currentFor(event);
        boolean groupsRead = EventViewers.dependsOnGroups(event, viewer.admin());
        Optional<EventRegistration> existing = registrations.findByEventIdAndMemberId(eventId, me);
        RegistrationSummary answer =
                check(event, viewer, existing, kind, clock.instant()).orElse(null);
        return new Prepared(
                member, viewer, groupsRead, existing.map(EventRegistration::id).orElse(null), answer);
    }

    /**
     * Under the lock, possibly with other registrations: the checks again, on the locked event, then
     * the seat and the mail. An earlier registration (rare: a return after cancelling, a second tab)
     * is read again here; a new one is not looked for again, as the unique key refuses a second
     * submit's row ({@link #register} answers it).
     */
    private RegistrationSummary place(RegistrationLock.Locked locked, long me, SeatKind kind, Prepared prepared) {
        Event event = locked.event();
        Long earlier = prepared.earlier();
        Optional<EventRegistration> existing = earlier == null ? Optional.empty() : registrations.findById(earlier);
        Instant now = clock.instant();
        // The event may have become a draft or a group's event since it was read without the lock.
        EventViewer viewer = prepared.groupsRead()
                        || !EventViewers.dependsOnGroups(
                                event, prepared.viewer().admin())
                ? prepared.viewer()
                : viewers.withGroups(prepared.viewer());
        Optional<RegistrationSummary> answer = check(event, viewer, existing, kind, now);
        if (answer.isPresent()) {
            return answer.get();
        }
        EventRegistration registration =
                seats.take(locked.seats(), existing.orElseGet(() -> new EventRegistration(event.id(), me)), kind, now);
        mails.registered(event, registration, prepared.member());
        return RegistrationSummary.of(registration);
    }

    /**
     * Whether I may register, in this order: an event I may see, published, then my active
     * registration (which is the answer), the kind of seat offered, within the registration window.
     */
    private static Optional<RegistrationSummary> check(
            Event event, EventViewer viewer, Optional<EventRegistration> existing, SeatKind kind, Instant now) {
        if (!viewer.maySee(event)) {
            throw new NotFoundException();
        }
        switch (event.getStatus()) {
            case DRAFT -> throw new DomainException("event.registration.notPublished");
            case CANCELLED -> throw new DomainException("event.registration.eventCancelled");
            case PUBLISHED -> {
                // open for registration, within the window
            }
        }
        if (existing.isPresent() && existing.get().isActive()) {
            return Optional.of(RegistrationSummary.of(existing.get()));
        }
        if (!event.getFormat().offers(kind)) {
            throw new DomainException("event.registration.seatKindNotOffered");
        }
        Instant opens = event.getRegistrationOpensAt();
        if (opens != null && now.isBefore(opens)) {
            throw new DomainException("event.registration.notOpenYet", opens);
        }
        if (!now.isBefore(event.registrationClosesAt())) {
            throw new DomainException("event.registration.closed");
        }
        return Optional.empty();
    }
}
