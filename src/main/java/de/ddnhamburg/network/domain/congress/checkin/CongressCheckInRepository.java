package de.ddnhamburg.network.domain.congress.checkin;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CongressCheckInRepository extends JpaRepository<CongressCheckIn, Long> {

    /** The standing check-in of a registration, if any (the unique key allows one). */
    Optional<CongressCheckIn> findByActiveRegistrationId(long registrationId);

    List<CongressCheckIn> findByActiveRegistrationIdIn(Collection<Long> registrationIds);

    long countByCongressIdAndActiveRegistrationIdIsNotNull(long congressId);

    @Query("select c.registrationId from CongressCheckIn c where c.congressId = :congressId"
            + " and c.activeRegistrationId is not null")
    List<Long> findCheckedInRegistrationIds(long congressId);

    /** Undoes a standing check-in; 0 if it was undone already (by another desk a moment ago). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update CongressCheckIn c set c.undoneAt = :now, c.undoneBy = :by, c.activeRegistrationId = null,"
            + " c.updatedAt = :now, c.version = c.version + 1 where c.id = :id and c.undoneAt is null")
    int undo(long id, Instant now, @Nullable Long by);

    // --- personal data (CheckInPersonalData) ---

    /** The member's own check-ins, as {@code [congressId, checkedInAt, desk, undoneAt]}. */
    @Query("select c.congressId, c.checkedInAt, c.desk, c.undoneAt from CongressCheckIn c, CongressRegistration r"
            + " where r.id = c.registrationId and r.memberId = :memberId order by c.checkedInAt")
    List<Object[]> findOfParticipant(long memberId);

    /** How many the member checked in at the door, per congress, as {@code [congressId, count]}. */
    @Query("select c.congressId, count(c) from CongressCheckIn c where c.checkedInBy = :memberId"
            + " group by c.congressId")
    List<Object[]> countByHelper(long memberId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update CongressCheckIn c set c.checkedInBy = null where c.checkedInBy = :memberId")
    int forgetCheckedInBy(long memberId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update CongressCheckIn c set c.undoneBy = null where c.undoneBy = :memberId")
    int forgetUndoneBy(long memberId);
}
