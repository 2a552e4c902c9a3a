package de.ddnhamburg.network.domain.congress;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CongressSessionRepository extends JpaRepository<CongressSession, Long> {

    List<CongressSession> findByCongressId(long congressId);

    List<CongressSession> findBySlotId(long slotId);

    /** Writes the counted seats into the row, where a CHECK holds them within the capacity. */
    @Modifying(flushAutomatically = true)
    @Query(value = "update congress_session set taken = :taken where id = :id", nativeQuery = true)
    int storeTaken(long id, int taken);

    /** Seats of those sessions of the congress, without loading them (nor their speakers). */
    @Query(
            "select new de.ddnhamburg.network.domain.congress.SessionSeats(s.id, s.slotId, s.capacity, s.taken, s.status)"
                    + " from CongressSession s where s.congressId = :congressId and s.id in :ids")
    List<SessionSeats> seats(long congressId, Collection<Long> ids);

    @Query(
            "select new de.ddnhamburg.network.domain.congress.SessionSeats(s.id, s.slotId, s.capacity, s.taken, s.status)"
                    + " from CongressSession s where s.congressId = :congressId order by s.id")
    List<SessionSeats> seatsOfCongress(long congressId);
}
