package de.ddnhamburg.network.domain.congress;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface TicketCategoryRepository extends JpaRepository<TicketCategory, Long> {

    List<TicketCategory> findByCongressIdOrderBySortOrderAscIdAsc(long congressId);

    /** Writes the counted places into the row, where a CHECK holds them within the quota. */
    @Modifying(flushAutomatically = true)
    @Query(value = "update ticket_category set taken = :taken where id = :id", nativeQuery = true)
    int storeTaken(long id, int taken);

    /** One place more in the quota, for someone an admin moves up (under the congress lock). */
    @Modifying(flushAutomatically = true)
    @Query(value = "update ticket_category set quota = quota + 1 where id = :id", nativeQuery = true)
    int raiseQuota(long id);

    boolean existsByCongressIdAndNameIgnoreCase(long congressId, String name);

    @Query("select c.congressId from TicketCategory c where c.id = :id")
    Optional<Long> findCongressIdById(long id);
}
