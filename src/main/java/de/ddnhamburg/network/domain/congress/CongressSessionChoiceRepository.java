package de.ddnhamburg.network.domain.congress;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CongressSessionChoiceRepository extends JpaRepository<CongressSessionChoice, Long> {

    List<CongressSessionChoice> findByRegistrationId(long registrationId);

    /** Per session: how many wait for it, as {@code [sessionId, count]}. */
    @Query("select c.sessionId, count(c) from CongressSessionChoice c where c.sessionId in :sessionIds"
            + " and c.status = de.ddnhamburg.network.domain.congress.ChoiceStatus.WAITLISTED group by c.sessionId")
    List<Object[]> countWaitingBySession(Collection<Long> sessionIds);

    List<CongressSessionChoice> findByRegistrationIdIn(Collection<Long> registrationIds);

    /** Registrations seated in a session, for "Wer ist noch dabei". */
    @Query("select c.registrationId from CongressSessionChoice c where c.sessionId = :sessionId"
            + " and c.status = de.ddnhamburg.network.domain.congress.ChoiceStatus.SEATED")
    List<Long> findSeatedRegistrationIds(long sessionId);
}
