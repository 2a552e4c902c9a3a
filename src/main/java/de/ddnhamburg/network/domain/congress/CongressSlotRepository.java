package de.ddnhamburg.network.domain.congress;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CongressSlotRepository extends JpaRepository<CongressSlot, Long> {

    List<CongressSlot> findByCongressIdOrderByStartsAtAsc(long congressId);
}
