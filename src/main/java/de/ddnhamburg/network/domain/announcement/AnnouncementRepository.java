package de.ddnhamburg.network.domain.announcement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AnnouncementRepository extends JpaRepository<Announcement, Long> {

    Optional<Announcement> findByRequestKey(String requestKey);

    /** Those still being sent, oldest first: the batch job works through them in this order. */
    @Query("select a.id from Announcement a where a.status = :status order by a.id")
    List<Long> findIdsByStatus(AnnouncementStatus status);

    /** SENDING to SENT, once: a second run that finds it done changes nothing. */
    @Modifying
    @Query("update Announcement a set a.status = de.ddnhamburg.network.domain.announcement.AnnouncementStatus.SENT,"
            + " a.finishedAt = :now, a.version = a.version + 1"
            + " where a.id = :id and a.status = de.ddnhamburg.network.domain.announcement.AnnouncementStatus.SENDING")
    int finish(long id, Instant now);
}
