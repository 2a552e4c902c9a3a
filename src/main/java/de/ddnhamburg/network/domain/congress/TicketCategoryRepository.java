package de.ddnhamburg.network.domain.congress;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface TicketCategoryRepository extends JpaRepository<TicketCategory, Long> {

    List<TicketCategory> findByCongressIdOrderBySortOrderAscIdAsc(long congressId);

    /** Writes the counted places into the row, where a CHECK holds them within the quota. */
    @Modifying(flushAutomatically = true)
    @Query(value = "update ticket_category set taken = :taken where id = :id", nativeQuery = true)
    int storeTaken(long id, int taken);

    /** Quota and places held of every category of the congress, without loading them. */
    @Query("select new de.ddnhamburg.network.domain.congress.CategoryPlaces(c.id, c.quota, c.taken, c.approvalRequired)"
            + " from TicketCategory c where c.congressId = :congressId order by c.id")
    List<CategoryPlaces> places(long congressId);
}
