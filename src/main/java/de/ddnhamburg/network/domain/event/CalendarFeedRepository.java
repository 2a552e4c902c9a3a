package de.ddnhamburg.network.domain.event;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarFeedRepository extends JpaRepository<CalendarFeed, Long> {

    Optional<CalendarFeed> findByMemberId(long memberId);

    Optional<CalendarFeed> findByTokenHash(String tokenHash);
}
