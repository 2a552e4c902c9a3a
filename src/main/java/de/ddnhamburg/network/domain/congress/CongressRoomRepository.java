package de.ddnhamburg.network.domain.congress;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CongressRoomRepository extends JpaRepository<CongressRoom, Long> {

    List<CongressRoom> findByCongressIdOrderByNameAsc(long congressId);
}
