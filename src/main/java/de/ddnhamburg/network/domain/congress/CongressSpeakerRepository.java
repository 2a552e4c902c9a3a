package de.ddnhamburg.network.domain.congress;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CongressSpeakerRepository extends JpaRepository<CongressSpeaker, Long> {

    List<CongressSpeaker> findByCongressIdOrderByNameAsc(long congressId);
}
