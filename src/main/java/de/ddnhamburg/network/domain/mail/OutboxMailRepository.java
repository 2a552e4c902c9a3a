package de.ddnhamburg.network.domain.mail;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

    @org.springframework.data.jpa.repository.Modifying
    @Query("delete from OutboxMail m where m.status <> de.ddnhamburg.network.domain.mail.MailStatus.PENDING"
            + " and m.createdAt < :before")
    int deleteFinishedBefore(@Param("before") java.time.Instant before);

    @org.springframework.data.jpa.repository.Modifying
    @Query("delete from OutboxMail m where m.recipient = :recipient")
    int deleteByRecipient(@Param("recipient") String recipient);

    boolean existsByFactKey(String factKey);

    @Query("""
            select m.id from OutboxMail m
            where m.status = de.ddnhamburg.network.domain.mail.MailStatus.PENDING and m.nextAttemptAt <= :now
            order by m.nextAttemptAt, m.id""")
    List<Long> findDueIds(@Param("now") Instant now, Pageable batch);

    /**
     * Loads a mail for delivery and locks its row until the transaction ends. Should two senders
     * ever run at once (a ShedLock lease that expired during a very slow SMTP server), the second
     * waits here and then sees the mail as sent instead of sending it again.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from OutboxMail m where m.id = :id")
    Optional<OutboxMail> findForDelivery(@Param("id") long id);

    Page<OutboxMail> findByStatus(MailStatus status, Pageable pageable);

    long countByStatus(MailStatus status);

    List<OutboxMail> findByRecipientOrderByCreatedAtAscIdAsc(String recipient);
}
