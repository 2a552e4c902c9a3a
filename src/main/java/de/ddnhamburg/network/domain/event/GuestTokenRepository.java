package de.ddnhamburg.network.domain.event;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface GuestTokenRepository extends JpaRepository<GuestToken, Long> {

    Optional<GuestToken> findByTokenHash(String tokenHash);

    long countByRecipientAndCreatedAtAfter(String recipient, Instant after);

    /** Uses the token up, unless a racing request did so first: then 0. */
    @Modifying(flushAutomatically = true)
    @Query("update GuestToken t set t.usedAt = :now where t.id = :id and t.usedAt is null")
    int markUsed(long id, Instant now);

    @Modifying(flushAutomatically = true)
    @Query("update GuestToken t set t.usedAt = :now where t.registrationId = :registrationId"
            + " and t.purpose = :purpose and t.usedAt is null")
    int markAllUsed(long registrationId, GuestTokenPurpose purpose, Instant now);

    @Modifying(flushAutomatically = true)
    @Query("delete from GuestToken t where t.registrationId = :registrationId")
    int deleteByRegistration(long registrationId);
}
