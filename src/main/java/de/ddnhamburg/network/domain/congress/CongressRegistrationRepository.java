package de.ddnhamburg.network.domain.congress;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CongressRegistrationRepository extends JpaRepository<CongressRegistration, Long> {

    Optional<CongressRegistration> findByCongressIdAndPersonKey(long congressId, String personKey);

    Optional<CongressRegistration> findByTicketCode(String ticketCode);

    // --- placement (CongressPlacement, under the congress lock) ---

    /** The last place on the category's waiting list, 0 if none; from the end of the index. */
    @Query(
            value =
                    "select coalesce((select r.waiting_position from congress_registration r where r.category_id = :categoryId"
                            + " and r.status = 'WAITLISTED' order by r.waiting_position desc limit 1), 0)",
            nativeQuery = true)
    int lastWaitingPosition(long categoryId);

    Optional<CongressRegistration> findFirstByCategoryIdAndStatusOrderByWaitingPositionAsc(
            long categoryId, CongressRegistrationStatus status);

    /** Closes the gap a registration leaves at {@code position} of its category's waiting list. */
    @Modifying(flushAutomatically = true)
    @Query("update CongressRegistration r set r.waitingPosition = r.waitingPosition - 1, r.version = r.version + 1"
            + " where r.categoryId = :categoryId and r.status = de.ddnhamburg.network.domain.congress.CongressRegistrationStatus.WAITLISTED"
            + " and r.waitingPosition > :position")
    int closeGap(long categoryId, int position);
}
