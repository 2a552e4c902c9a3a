package de.ddnhamburg.network.domain.group;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExpertGroupRepository extends JpaRepository<ExpertGroup, Long> {

    boolean existsByNameIgnoreCase(String name);

    Optional<ExpertGroup> findByNameIgnoreCase(String name);

    List<ExpertGroup> findAllByOrderByNameAsc();
}
