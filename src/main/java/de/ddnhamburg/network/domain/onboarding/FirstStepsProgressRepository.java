package de.ddnhamburg.network.domain.onboarding;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FirstStepsProgressRepository extends JpaRepository<FirstStepsProgress, Long> {

    Optional<FirstStepsProgress> findByMemberId(long memberId);
}
