package de.ddnhamburg.network.domain.event;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface EventRegistrationRepository extends JpaRepository<EventRegistration, Long> {

    /** A scalar, so that the registration itself is read only after the event's lock. */
    @Query("select r.eventId from EventRegistration r where r.id = :id")
    Optional<Long> findEventIdById(long id);

    Optional<EventRegistration> findByEventIdAndMemberId(long eventId, long memberId);

    Optional<EventRegistration> findByEventIdAndGuestEmail(long eventId, String guestEmail);

    /** A guest's registrations, every event; members' rows have no guest address. */
    List<EventRegistration> findByGuestEmailAndMemberIdIsNullOrderByEventIdAscIdAsc(String guestEmail);

    /** Guests' registrations that still hold a place although their hold ran out unconfirmed. */
    @Query("select r.id from EventRegistration r where r.memberId is null and r.guestConfirmedAt is null"
            + " and r.holdExpiresAt <= :now and r.status <> de.ddnhamburg.network.domain.event.RegistrationStatus.CANCELLED"
            + " order by r.holdExpiresAt")
    List<Long> findExpiredHolds(java.time.Instant now, org.springframework.data.domain.Pageable page);

    /** Guests' registrations for events that ended before {@code endedBefore} and still carry their details. */
    @Query("select r from EventRegistration r, Event e where e.id = r.eventId and r.memberId is null"
            + " and e.endsAt < :endedBefore and r.guestErasedAt is null")
    List<EventRegistration> findGuestsToErase(
            java.time.Instant endedBefore, org.springframework.data.domain.Pageable page);

    List<EventRegistration> findByEventIdAndStatusIn(long eventId, List<RegistrationStatus> statuses);

    /**
     * The seats guests hold without having confirmed their address, per event and kind: rows of
     * event id, seat kind and count. The public figure leaves them out ({@link PublicSeats}).
     */
    @Query("select r.eventId, r.seatKind, count(r) from EventRegistration r where r.eventId in :eventIds"
            + " and r.memberId is null and r.guestConfirmedAt is null"
            + " and r.status = de.ddnhamburg.network.domain.event.RegistrationStatus.CONFIRMED"
            + " group by r.eventId, r.seatKind")
    List<Object[]> countUnconfirmedGuestSeats(Collection<Long> eventIds);

    boolean existsByMemberIdAndEventIdInAndStatusIn(
            long memberId, Collection<Long> eventIds, Collection<RegistrationStatus> statuses);

    List<EventRegistration> findByMemberIdAndStatusIn(long memberId, Collection<RegistrationStatus> statuses);

    /** The published events, not ended at {@code now}, where the member holds or waits for a seat; in id order. */
    @Query("select distinct r.eventId from EventRegistration r, Event e where e.id = r.eventId"
            + " and r.memberId = :memberId and r.status in :statuses"
            + " and e.status = de.ddnhamburg.network.domain.event.EventStatus.PUBLISHED and e.endsAt > :now"
            + " order by r.eventId")
    List<Long> findEventIdsOfActive(long memberId, Collection<RegistrationStatus> statuses, java.time.Instant now);

    long countByEventIdAndSeatKindAndStatus(long eventId, SeatKind seatKind, RegistrationStatus status);

    /**
     * The last place on the waiting list of that kind, 0 if none. Written as "the first row from the
     * end of the index" rather than {@code max()}: with statistics from before the list grew (a new
     * event's list grows faster than autovacuum analyses), PostgreSQL planned {@code max()} as a
     * scan of the whole list, under the event's lock, for every registration that joins it.
     */
    default int lastWaitingPosition(long eventId, SeatKind kind) {
        return lastWaitingPosition(eventId, kind.name());
    }

    @Query(
            value =
                    "select coalesce((select r.waiting_position from event_registration r where r.event_id = :eventId"
                            + " and r.seat_kind = :kind and r.status = 'WAITLISTED' order by r.waiting_position desc limit 1), 0)",
            nativeQuery = true)
    int lastWaitingPosition(long eventId, String kind);

    Optional<EventRegistration> findFirstByEventIdAndSeatKindAndStatusOrderByWaitingPositionAsc(
            long eventId, SeatKind seatKind, RegistrationStatus status);

    /** Closes the gap a registration leaves at {@code position} in the waiting list of its kind. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update EventRegistration r set r.waitingPosition = r.waitingPosition - 1, r.version = r.version + 1"
            + " where r.eventId = :eventId and r.seatKind = :kind and r.status = :status"
            + " and r.waitingPosition > :position")
    int closeGap(long eventId, SeatKind kind, RegistrationStatus status, int position);

    /**
     * Events where both hold a confirmed place and {@code second} opted in to the participant list
     * ({@link EventRelationships}).
     */
    @Query("select a.eventId from EventRegistration a, EventRegistration b where a.eventId = b.eventId"
            + " and a.memberId = :first and b.memberId = :second"
            + " and a.status = de.ddnhamburg.network.domain.event.RegistrationStatus.CONFIRMED"
            + " and b.status = de.ddnhamburg.network.domain.event.RegistrationStatus.CONFIRMED"
            + " and b.showAsParticipant = true")
    List<Long> findSharedEventIds(long first, long second);

    /** Opted-in members with a confirmed place where the member has one too, as {@code [memberId, eventId]}. */
    @Query("select b.memberId, b.eventId from EventRegistration a, EventRegistration b"
            + " where a.eventId = b.eventId and a.memberId = :memberId and b.memberId <> :memberId"
            + " and a.status = de.ddnhamburg.network.domain.event.RegistrationStatus.CONFIRMED"
            + " and b.status = de.ddnhamburg.network.domain.event.RegistrationStatus.CONFIRMED"
            + " and b.showAsParticipant = true and b.memberId is not null")
    List<Object[]> findFellowParticipants(long memberId);
}
