package de.ddnhamburg.network.domain.congress;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CongressRoomRepository extends JpaRepository<CongressRoom, Long> {

    List<CongressRoom> findByCongressIdOrderByNameAsc(long congressId);

    boolean existsByCongressIdAndNameIgnoreCase(long congressId, String name);

    @Query("select x.congressId from CongressRoom x where x.id = :id")
    Optional<Long> findCongressIdById(long id);
}
