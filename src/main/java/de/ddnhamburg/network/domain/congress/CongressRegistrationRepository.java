package de.ddnhamburg.network.domain.congress;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CongressRegistrationRepository extends JpaRepository<CongressRegistration, Long> {

    Optional<CongressRegistration> findByCongressIdAndPersonKey(long congressId, String personKey);

    Optional<CongressRegistration> findByTicketCode(String ticketCode);

    boolean existsByCategoryId(long categoryId);
}
