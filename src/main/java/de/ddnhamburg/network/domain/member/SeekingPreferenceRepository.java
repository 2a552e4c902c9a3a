package de.ddnhamburg.network.domain.member;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SeekingPreferenceRepository extends JpaRepository<SeekingPreference, Long> {

    List<SeekingPreference> findByNotifyMatchesTrue();

    List<SeekingPreference> findByMemberIdIn(Collection<Long> memberIds);

    @Modifying
    @Query("delete from SeekingPreference p where p.memberId = :memberId")
    int deleteOf(long memberId);
}
