package de.ddnhamburg.network.domain.event;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface GroupCalendarFeedRepository extends JpaRepository<GroupCalendarFeed, Long> {

    Optional<GroupCalendarFeed> findByMemberIdAndGroupId(long memberId, long groupId);

    Optional<GroupCalendarFeed> findByTokenHash(String tokenHash);

    List<GroupCalendarFeed> findByMemberIdOrderByIdAsc(long memberId);
}
