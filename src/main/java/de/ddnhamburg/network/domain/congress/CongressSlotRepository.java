package de.ddnhamburg.network.domain.congress;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CongressSlotRepository extends JpaRepository<CongressSlot, Long> {

    List<CongressSlot> findByCongressIdOrderByStartsAtAsc(long congressId);

    @Query("select x.congressId from CongressSlot x where x.id = :id")
    Optional<Long> findCongressIdById(long id);
}
