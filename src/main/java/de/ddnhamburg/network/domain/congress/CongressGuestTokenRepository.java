package de.ddnhamburg.network.domain.congress;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CongressGuestTokenRepository extends JpaRepository<CongressGuestToken, Long> {

    Optional<CongressGuestToken> findByTokenHash(String tokenHash);

    long countByRecipientAndCreatedAtAfter(String recipient, Instant after);

    /** Uses the token up, unless a racing request did so first: then 0. */
    @Modifying(flushAutomatically = true)
    @Query("update CongressGuestToken t set t.usedAt = :now where t.id = :id and t.usedAt is null")
    int markUsed(long id, Instant now);

    @Modifying(flushAutomatically = true)
    @Query("update CongressGuestToken t set t.usedAt = :now where t.registrationId = :registrationId"
            + " and t.purpose = :purpose and t.usedAt is null")
    int markAllUsed(long registrationId, CongressTokenPurpose purpose, Instant now);

    @Modifying(flushAutomatically = true)
    @Query("delete from CongressGuestToken t where t.registrationId = :registrationId")
    int deleteByRegistration(long registrationId);

    /** The links of a congress's guests who are still named, before they are erased all at once. */
    @Modifying(flushAutomatically = true)
    @Query("delete from CongressGuestToken t where t.registrationId in (select r.id from CongressRegistration r"
            + " where r.congressId = :congressId and r.personKey like 'g:%' and r.personKey not like 'g:erased-%')")
    int deleteOfGuestsNamedIn(long congressId);
}
