package de.ddnhamburg.network.domain.audit;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    Page<AuditEntry> findByAction(AuditAction action, Pageable pageable);

    long countByAction(AuditAction action);

    List<AuditEntry> findByActorOrderByOccurredAtAscIdAsc(String actor);

    List<AuditEntry> findByTargetOrderByOccurredAtAscIdAsc(String target);

    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("delete from AuditEntry e where e.occurredAt < :before")
    int deleteOccurredBefore(java.time.Instant before);
}
