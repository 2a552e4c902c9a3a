package de.ddnhamburg.network.domain.contact;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ContactRepository extends JpaRepository<Contact, Long> {

    Optional<Contact> findByMemberLowIdAndMemberHighId(long memberLowId, long memberHighId);

    boolean existsByMemberLowIdAndMemberHighId(long memberLowId, long memberHighId);

    @Query("select c from Contact c where c.memberLowId = :memberId or c.memberHighId = :memberId")
    List<Contact> findOf(long memberId, Pageable pageable);

    @Query("select count(c) from Contact c where c.memberLowId = :memberId or c.memberHighId = :memberId")
    long countOf(long memberId);

    @Query("select case when c.memberLowId = :memberId then c.memberHighId else c.memberLowId end from Contact c"
            + " where c.memberLowId = :memberId or c.memberHighId = :memberId")
    List<Long> partnersOf(long memberId);

    default Optional<Contact> findPair(long one, long other) {
        return findByMemberLowIdAndMemberHighId(Math.min(one, other), Math.max(one, other));
    }

    default boolean existsPair(long one, long other) {
        return existsByMemberLowIdAndMemberHighId(Math.min(one, other), Math.max(one, other));
    }

    @Modifying
    @Query("delete from Contact c where c.memberLowId = :memberId or c.memberHighId = :memberId")
    int deleteOf(long memberId);
}
