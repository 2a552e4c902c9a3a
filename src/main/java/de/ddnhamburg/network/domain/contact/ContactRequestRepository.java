package de.ddnhamburg.network.domain.contact;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ContactRequestRepository extends JpaRepository<ContactRequest, Long> {

    Optional<ContactRequest> findByOpenPair(String openPair);

    boolean existsBySenderIdAndRecipientIdAndStatus(long senderId, long recipientId, ContactRequestStatus status);

    Optional<ContactRequest> findFirstBySenderIdAndRecipientIdAndStatusInOrderByIdDesc(
            long senderId, long recipientId, Collection<ContactRequestStatus> statuses);

    List<ContactRequest> findByRecipientIdAndStatus(long recipientId, ContactRequestStatus status, Pageable pageable);

    long countByRecipientIdAndStatus(long recipientId, ContactRequestStatus status);

    List<ContactRequest> findBySenderIdAndStatusIn(
            long senderId, Collection<ContactRequestStatus> statuses, Pageable pageable);

    long countBySenderIdAndStatusIn(long senderId, Collection<ContactRequestStatus> statuses);

    /** Every request counts, whatever became of it: each one mailed somebody. */
    long countBySenderIdAndCreatedAtAfter(long senderId, Instant since);

    @Query("select case when r.senderId = :memberId then r.recipientId else r.senderId end from ContactRequest r"
            + " where (r.senderId = :memberId or r.recipientId = :memberId) and r.status in :statuses")
    List<Long> waitingPartnersOf(long memberId, Collection<ContactRequestStatus> statuses);

    @Query("""
            select r from ContactRequest r
            where r.status in :statuses
              and ((r.senderId = :one and r.recipientId = :other) or (r.senderId = :other and r.recipientId = :one))""")
    List<ContactRequest> findBetween(long one, long other, Collection<ContactRequestStatus> statuses);

    @Query("""
            select count(r) > 0 from ContactRequest r
            where (r.senderId = :one and r.recipientId = :other) or (r.senderId = :other and r.recipientId = :one)""")
    boolean existsBetween(long one, long other);

    List<ContactRequest> findBySenderIdOrderByCreatedAtAscIdAsc(long senderId);

    List<ContactRequest> findByRecipientIdOrderByCreatedAtAscIdAsc(long recipientId);

    @Modifying
    @Query("delete from ContactRequest r where r.senderId = :memberId or r.recipientId = :memberId")
    int deleteInvolving(long memberId);
}
