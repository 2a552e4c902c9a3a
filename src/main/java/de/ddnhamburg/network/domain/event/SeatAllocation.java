package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.capacity.Counter;
import de.ddnhamburg.network.domain.capacity.Tally;
import de.ddnhamburg.network.domain.capacity.WaitingList;
import de.ddnhamburg.network.domain.capacity.WaitingLists;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place where event seats are taken and given back, so that capacity is never exceeded,
 * built on the platform's one capacity mechanism ({@code domain.capacity}, shared with the
 * congress; decision 011):
 * <ol>
 *   <li>{@link #lock} takes the row lock of the event ({@code select ... for update}); every change
 *       of its seats waits for it, so at most one runs per event at a time;</li>
 *   <li>the confirmed seats of each kind come with the locked row ({@code in_person_taken},
 *       {@code online_taken}): only this class writes them, and only under the lock, so read with it
 *       they are exact without counting the registrations;</li>
 *   <li>the registration is confirmed if a seat is free, else it joins the end of the waiting list
 *       of its kind (position max + 1); a freed seat goes to position 1 and the rest move up;</li>
 *   <li>the new counts are written into the event row, where a CHECK refuses more than the
 *       capacity, as the database's own refusal should the counting ever be wrong;</li>
 *   <li>every change is announced as {@link SeatsChanged}, which listeners pass on after the
 *       commit.</li>
 * </ol>
 * Runs only inside the caller's writing transaction, which holds the lock until it commits. The
 * lock is held for a handful of indexed statements: it is what limits registrations per second
 * for one event ({@code PostgresRegistrationBenchmark}).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class SeatAllocation {

    private final EventRepository events;
    private final EventRegistrationRepository registrations;
    private final ApplicationEventPublisher publisher;

    SeatAllocation(
            EventRepository events, EventRegistrationRepository registrations, ApplicationEventPublisher publisher) {
        this.events = events;
        this.registrations = registrations;
        this.publisher = publisher;
    }

    /**
     * Locks the event's row and reads it. Nothing may have loaded the event earlier in the same
     * transaction: the persistence context would hand back that copy with its older counters.
     */
    Event lock(long eventId) {
        return events.lockById(eventId).orElseThrow(NotFoundException::new);
    }

    /** Confirms or waitlists the registration for a seat of that kind of the locked event. */
    EventRegistration take(Event locked, EventRegistration registration, SeatKind kind, Instant now) {
        Seats seats = open(locked, OptionalInt.empty(), OptionalInt.empty());
        EventRegistration saved = take(seats, registration, kind, now);
        seats.store();
        return saved;
    }

    /**
     * The seats of the locked event for several registrations under one lock ({@link
     * RegistrationLock}): each {@link #take(Seats, EventRegistration, SeatKind, Instant)} counts in
     * them, and the caller stores them once, before the commit.
     *
     * @param lastInPerson the last place on the in-person waiting list if it was read with the lock,
     *     else it is read when first needed; the same for {@code lastOnline}
     */
    Seats open(Event locked, OptionalInt lastInPerson, OptionalInt lastOnline) {
        Seats seats = new Seats(locked);
        seats.lastWaiting.put(SeatKind.IN_PERSON, lastInPerson);
        seats.lastWaiting.put(SeatKind.ONLINE, lastOnline);
        return seats;
    }

    /** As {@link #take(Event, EventRegistration, SeatKind, Instant)}, counting in seats the caller stores. */
    EventRegistration take(Seats seats, EventRegistration registration, SeatKind kind, Instant now) {
        Counter counter = seats.of(kind);
        if (counter.hasRoom()) {
            registration.confirm(kind, now);
            counter.take();
        } else {
            OptionalInt last = seats.lastWaiting.getOrDefault(kind, OptionalInt.empty());
            int position = last.isPresent()
                    ? last.getAsInt() + 1
                    : WaitingLists.nextPosition(new KindList(seats.locked, seats, kind));
            registration.waitlist(kind, position, now);
            // The next in this batch waits behind it, without reading the list again.
            seats.lastWaiting.put(kind, OptionalInt.of(position));
        }
        return registrations.saveAndFlush(registration);
    }

    /**
     * Cancels the registration; a seat it frees goes to the first waiting of its kind, and a place
     * it leaves on the waiting list closes up.
     *
     * @return the registrations promoted to a seat, first come first served
     */
    List<EventRegistration> release(Event locked, EventRegistration registration) {
        SeatKind kind = registration.getSeatKind();
        Seats seats = new Seats(locked);
        @Nullable Integer position = registration.getWaitingPosition();
        if (registration.getStatus() == RegistrationStatus.CONFIRMED) {
            seats.of(kind).give();
        }
        registration.cancel();
        registrations.saveAndFlush(registration);
        KindList list = new KindList(locked, seats, kind);
        if (position != null) {
            WaitingLists.left(list, position);
        }
        List<EventRegistration> promoted = WaitingLists.promote(list);
        seats.store();
        return promoted;
    }

    /**
     * Before the organiser's change of the locked event is applied: refuses a capacity below the
     * seats already confirmed, and a format that drops a kind of seat someone holds or waits for.
     */
    void requireRoomFor(Event locked, EventDraft change) {
        long eventId = locked.id();
        for (SeatKind kind : SeatKind.values()) {
            long confirmed = locked.taken(kind);
            long waiting =
                    registrations.countByEventIdAndSeatKindAndStatus(eventId, kind, RegistrationStatus.WAITLISTED);
            if (!change.format().offers(kind) && confirmed + waiting > 0) {
                throw new DomainException("event.edit.formatDropsSeats." + kind.name(), confirmed + waiting);
            }
            Integer capacity = kind == SeatKind.IN_PERSON ? change.inPersonCapacity() : change.onlineCapacity();
            if (capacity != null && capacity < confirmed) {
                throw new DomainException("event.edit.capacityBelowConfirmed." + kind.name(), confirmed);
            }
        }
    }

    /**
     * After the organiser's change is applied to the locked event: seats a raised capacity frees go
     * to the waiting list of their kind, first come first served, as after a cancellation.
     *
     * @return the registrations promoted to a seat
     */
    List<EventRegistration> fillFreeSeats(Event locked) {
        Seats seats = new Seats(locked);
        List<EventRegistration> promoted = new ArrayList<>();
        for (SeatKind kind : SeatKind.values()) {
            if (locked.getFormat().offers(kind)) {
                promoted.addAll(WaitingLists.promote(new KindList(locked, seats, kind)));
            }
        }
        seats.store();
        return promoted;
    }

    /**
     * An organiser moves a waiting registration to a seat by hand, out of turn. Moving by hand never
     * exceeds the capacity: it takes a free seat, or, only when asked to ({@code addSeatIfFull}),
     * raises the capacity of that kind by one for this person. The waiting list closes up behind it,
     * as when the first is promoted.
     */
    EventRegistration assign(Event locked, EventRegistration waiting, boolean addSeatIfFull) {
        if (waiting.getStatus() != RegistrationStatus.WAITLISTED) {
            throw new DomainException("event.organiser.notWaiting");
        }
        SeatKind kind = waiting.getSeatKind();
        Seats seats = new Seats(locked);
        Counter counter = seats.of(kind);
        if (!counter.hasRoom()) {
            if (!addSeatIfFull) {
                throw new DomainException("event.organiser.noFreeSeat");
            }
            // Flushed before the counters are stored (storeTakenSeats flushes first), so that the
            // CHECK sees the raised capacity.
            locked.addSeat(kind);
            counter.addPlace();
        }
        int position = java.util.Objects.requireNonNull(waiting.getWaitingPosition());
        waiting.promote();
        counter.take();
        EventRegistration saved = registrations.saveAndFlush(waiting);
        WaitingLists.left(new KindList(locked, seats, kind), position);
        seats.store();
        return saved;
    }

    /**
     * Announces the locked event's seats as changed although nothing changed: a guest's submit that
     * took no seat (the address is registered already) must reach open event pages just as one that
     * took a seat does, or a watcher of the page could tell the two apart by the push alone.
     */
    void announceUnchanged(Event locked) {
        publisher.publishEvent(new SeatsChanged(locked.id()));
    }

    /** Seats of that kind still free, or {@code null} for unlimited; from the row as it was read. */
    @Nullable
    Long free(Event event, SeatKind kind) {
        Integer capacity = event.capacity(kind);
        return capacity == null ? null : (long) Math.max(0, capacity - event.taken(kind));
    }

    /**
     * The confirmed seats of the locked event while they change, written back once, and the ends
     * of its waiting lists once known.
     */
    final class Seats {

        private final Event locked;
        private final Tally<SeatKind> tally = new Tally<>();
        private final Map<SeatKind, OptionalInt> lastWaiting = new EnumMap<>(SeatKind.class);

        Seats(Event locked) {
            this.locked = locked;
            for (SeatKind kind : SeatKind.values()) {
                tally.add(kind, locked.capacity(kind), locked.taken(kind));
            }
        }

        Counter of(SeatKind kind) {
            return tally.get(kind);
        }

        /**
         * Writes the counters if they changed and announces the change; also without new counters,
         * since a waiting list that grew or closed up is a change to show.
         */
        void store() {
            tally.store(changed -> {
                int inPerson = of(SeatKind.IN_PERSON).taken();
                int online = of(SeatKind.ONLINE).taken();
                events.storeTakenSeats(locked.id(), inPerson, online);
                locked.takenStored(inPerson, online);
            });
            // Listeners that tell open pages wait for the commit (see SeatsChanged).
            publisher.publishEvent(new SeatsChanged(locked.id()));
        }
    }

    /** The waiting list of one kind of seat of the locked event. */
    private final class KindList implements WaitingList<EventRegistration> {

        private final long eventId;
        private final Seats seats;
        private final SeatKind kind;

        KindList(Event locked, Seats seats, SeatKind kind) {
            this.eventId = locked.id();
            this.seats = seats;
            this.kind = kind;
        }

        @Override
        public boolean hasRoom() {
            return seats.of(kind).hasRoom();
        }

        @Override
        public Optional<EventRegistration> first() {
            return registrations.findFirstByEventIdAndSeatKindAndStatusOrderByWaitingPositionAsc(
                    eventId, kind, RegistrationStatus.WAITLISTED);
        }

        @Override
        public int positionOf(EventRegistration entry) {
            return java.util.Objects.requireNonNull(entry.getWaitingPosition());
        }

        @Override
        public int lastPosition() {
            return registrations.lastWaitingPosition(eventId, kind);
        }

        @Override
        public void admit(EventRegistration entry) {
            entry.promote();
            seats.of(kind).take();
            registrations.saveAndFlush(entry);
        }

        @Override
        public void closeGap(int position) {
            registrations.closeGap(eventId, kind, RegistrationStatus.WAITLISTED, position);
        }
    }
}
