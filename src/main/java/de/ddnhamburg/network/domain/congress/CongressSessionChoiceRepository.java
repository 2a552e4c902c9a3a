package de.ddnhamburg.network.domain.congress;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CongressSessionChoiceRepository extends JpaRepository<CongressSessionChoice, Long> {

    List<CongressSessionChoice> findByRegistrationId(long registrationId);

    /**
     * The session choices of guests who hold a place without having confirmed their address, as
     * {@code [sessionId, fallbackSessionId, status, count]}: seated, or waiting (and holding the
     * second choice's seat meanwhile). The public figures leave them out ({@link CongressPublicPlaces}).
     */
    @Query("select c.sessionId, c.fallbackSessionId, c.status, count(c) from CongressSessionChoice c,"
            + " CongressRegistration r where r.id = c.registrationId and r.congressId = :congressId"
            + " and r.memberId is null and r.holdExpiresAt is not null"
            + " and r.status = de.ddnhamburg.network.domain.congress.CongressRegistrationStatus.UNCONFIRMED"
            + " and c.status in (de.ddnhamburg.network.domain.congress.ChoiceStatus.SEATED,"
            + " de.ddnhamburg.network.domain.congress.ChoiceStatus.WAITLISTED)"
            + " group by c.sessionId, c.fallbackSessionId, c.status")
    List<Object[]> countUnconfirmedGuestChoices(long congressId);

    /** The choices that name the session, as first choice or as the second choice held meanwhile. */
    @Query("select c from CongressSessionChoice c where c.sessionId = :sessionId or c.fallbackSessionId = :sessionId")
    List<CongressSessionChoice> findNaming(long sessionId);
    /** Per session: how many wait for it, as {@code [sessionId, count]}. */
    @Query("select c.sessionId, count(c) from CongressSessionChoice c where c.sessionId in :sessionIds"
            + " and c.status = de.ddnhamburg.network.domain.congress.ChoiceStatus.WAITLISTED group by c.sessionId")
    List<Object[]> countWaitingBySession(Collection<Long> sessionIds);

    List<CongressSessionChoice> findByRegistrationIdIn(Collection<Long> registrationIds);

    /** Registrations seated in a session, for "Wer ist noch dabei". */
    @Query("select c.registrationId from CongressSessionChoice c where c.sessionId = :sessionId"
            + " and c.status = de.ddnhamburg.network.domain.congress.ChoiceStatus.SEATED")
    List<Long> findSeatedRegistrationIds(long sessionId);
    // --- placement (CongressPlacement, under the congress lock) ---

    /** The last place on the session's waiting list, 0 if none; from the end of the index. */
    @Query(
            value =
                    "select coalesce((select c.waiting_position from congress_session_choice c where c.session_id = :sessionId"
                            + " and c.status = 'WAITLISTED' order by c.waiting_position desc limit 1), 0)",
            nativeQuery = true)
    int lastWaitingPosition(long sessionId);

    Optional<CongressSessionChoice> findFirstBySessionIdAndStatusOrderByWaitingPositionAsc(
            long sessionId, ChoiceStatus status);

    /** Closes the gap a choice leaves at {@code position} of the session's waiting list. */
    @Modifying(flushAutomatically = true)
    @Query("update CongressSessionChoice c set c.waitingPosition = c.waitingPosition - 1, c.version = c.version + 1"
            + " where c.sessionId = :sessionId and c.status = de.ddnhamburg.network.domain.congress.ChoiceStatus.WAITLISTED"
            + " and c.waitingPosition > :position")
    int closeGap(long sessionId, int position);

    /** Choices that wait for, sit in, hold the second-choice seat of, or name the session. */
    @Query("select c from CongressSessionChoice c where c.sessionId = :sessionId or c.fallbackSessionId = :sessionId"
            + " or c.secondChoiceSessionId = :sessionId order by c.id")
    List<CongressSessionChoice> findTouching(long sessionId);
}
