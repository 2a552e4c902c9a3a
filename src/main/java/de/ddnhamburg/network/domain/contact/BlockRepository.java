package de.ddnhamburg.network.domain.contact;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface BlockRepository extends JpaRepository<Block, Long> {

    boolean existsByBlockerIdAndBlockedId(long blockerId, long blockedId);

    Optional<Block> findByBlockerIdAndBlockedId(long blockerId, long blockedId);

    List<Block> findByBlockerId(long blockerId, Pageable pageable);

    long countByBlockerId(long blockerId);

    @Query("select case when b.blockerId = :memberId then b.blockedId else b.blockerId end"
            + " from Block b where b.blockerId = :memberId or b.blockedId = :memberId")
    List<Long> blockedOrBlocking(long memberId);

    @Modifying
    @Query("delete from Block b where b.blockerId = :memberId or b.blockedId = :memberId")
    int deleteInvolving(long memberId);
}
