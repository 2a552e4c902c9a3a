package de.ddnhamburg.network.domain.member;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TopicRepository extends JpaRepository<Topic, Long> {

    List<Topic> findAllByOrderByNameDeAsc();

    Optional<Topic> findBySlug(String slug);
}
