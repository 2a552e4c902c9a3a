package de.ddnhamburg.network.domain.contact;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FollowUpNoteRepository extends JpaRepository<FollowUpNote, Long> {

    Optional<FollowUpNote> findByOwnerIdAndSubjectId(long ownerId, long subjectId);

    List<FollowUpNote> findByOwnerIdOrderByIdAsc(long ownerId);

    List<FollowUpNote> findByOwnerIdAndRemindOnLessThanEqualOrderByRemindOnAscIdAsc(long ownerId, LocalDate day);

    @Modifying
    @Query("delete from FollowUpNote n where n.ownerId = :memberId or n.subjectId = :memberId")
    void deleteOf(@Param("memberId") long memberId);
}
