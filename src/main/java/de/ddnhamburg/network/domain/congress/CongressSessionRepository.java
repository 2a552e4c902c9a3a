package de.ddnhamburg.network.domain.congress;

import java.util.List;
import java.util.Optional;
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

    List<CongressSession> findByRoomId(long roomId);

    boolean existsBySlotId(long slotId);

    boolean existsByRoomId(long roomId);

    @Query("select x.congressId from CongressSession x where x.id = :id")
    Optional<Long> findCongressIdById(long id);
}
