package de.ddnhamburg.network.domain.congress;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CongressSpeakerRepository extends JpaRepository<CongressSpeaker, Long> {

    List<CongressSpeaker> findByCongressIdOrderByNameAsc(long congressId);

    boolean existsByCongressIdAndMemberId(long congressId, long memberId);

    @Query("select x.congressId from CongressSpeaker x where x.id = :id")
    Optional<Long> findCongressIdById(long id);
}
