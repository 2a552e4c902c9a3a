package de.ddnhamburg.network.domain.congress;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CongressSessionRepository extends JpaRepository<CongressSession, Long> {

    List<CongressSession> findByCongressId(long congressId);

    List<CongressSession> findBySlotId(long slotId);

    /**
     * The sessions of a congress with their speakers in one query: the speakers are loaded eagerly,
     * and {@link #findByCongressId} reads them with one more select per session.
     */
    @Query("select s from CongressSession s left join fetch s.speakerIds where s.congressId = :congressId")
    List<CongressSession> findWithSpeakersByCongressId(long congressId);

    /** Writes the counted seats into the row, where a CHECK holds them within the capacity. */
    @Modifying(flushAutomatically = true)
    @Query(value = "update congress_session set taken = :taken where id = :id", nativeQuery = true)
    int storeTaken(long id, int taken);

    /**
     * Lets the workshop's counter reach one over its capacity (an admin confirmed it, decision 011);
     * run under the congress lock before the counters are written.
     */
    @Modifying(flushAutomatically = true)
    @Query(
            value = "update congress_session set over_capacity = 1 where id = :id and capacity is not null",
            nativeQuery = true)
    int allowOneOver(long id);

    List<CongressSession> findByRoomId(long roomId);

    boolean existsBySlotId(long slotId);

    boolean existsByRoomId(long roomId);

    @Query("select x.congressId from CongressSession x where x.id = :id")
    Optional<Long> findCongressIdById(long id);
}
