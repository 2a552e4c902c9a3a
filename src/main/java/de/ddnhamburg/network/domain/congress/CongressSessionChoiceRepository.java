package de.ddnhamburg.network.domain.congress;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CongressSessionChoiceRepository extends JpaRepository<CongressSessionChoice, Long> {

    List<CongressSessionChoice> findByRegistrationId(long registrationId);

    /** The choices that name the session, as first choice or as the second choice held meanwhile. */
    @Query("select c from CongressSessionChoice c where c.sessionId = :sessionId or c.fallbackSessionId = :sessionId")
    List<CongressSessionChoice> findNaming(long sessionId);
}
