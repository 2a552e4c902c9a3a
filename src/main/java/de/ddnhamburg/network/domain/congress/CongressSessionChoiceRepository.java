package de.ddnhamburg.network.domain.congress;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CongressSessionChoiceRepository extends JpaRepository<CongressSessionChoice, Long> {

    List<CongressSessionChoice> findByRegistrationId(long registrationId);
}
