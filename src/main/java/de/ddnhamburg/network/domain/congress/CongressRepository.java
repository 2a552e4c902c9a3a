package de.ddnhamburg.network.domain.congress;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CongressRepository extends JpaRepository<Congress, Long> {

    /**
     * {@code select ... for update}: whoever changes the places of a congress, its categories or
     * its sessions holds this lock first (decision 011).
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Congress c where c.id = :id")
    Optional<Congress> lockById(long id);

    List<Congress> findByStatusInOrderByFirstDayAsc(List<CongressStatus> statuses);

    List<Congress> findAllByOrderByFirstDayDesc();

    /** Writes the counted places into the row, where a CHECK holds them within the capacity. */
    @Modifying(flushAutomatically = true)
    @Query(value = "update congress set taken = :taken where id = :id", nativeQuery = true)
    int storeTaken(long id, int taken);

    /** Congresses whose first day is before the date and whose personal data are not erased yet. */
    @Query("select c.id from Congress c where c.personalDataErasedAt is null and c.firstDay < :before order by c.id")
    List<Long> findIdsToEraseStartingBefore(java.time.LocalDate before);
}
