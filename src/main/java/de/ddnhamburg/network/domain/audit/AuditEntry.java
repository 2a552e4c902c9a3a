package de.ddnhamburg.network.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Append-only: an entry is never changed after it was written, so it has no version. */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AuditAction action;

    @Column(updatable = false)
    private @Nullable String actor;

    @Column(updatable = false)
    private @Nullable String target;

    @Column(updatable = false, length = 1000)
    private @Nullable String details;

    @Column(name = "client_address", updatable = false)
    private @Nullable String clientAddress;

    protected AuditEntry() {
        this.occurredAt = Instant.EPOCH;
        this.action = AuditAction.LOGIN_FAILED;
    }

    AuditEntry(
            Instant occurredAt,
            AuditAction action,
            @Nullable String actor,
            @Nullable String target,
            @Nullable String details,
            @Nullable String clientAddress) {
        this.occurredAt = occurredAt;
        this.action = action;
        this.actor = actor;
        this.target = target;
        this.details = details;
        this.clientAddress = clientAddress;
    }

    AuditEntryItem toView() {
        return new AuditEntryItem(id == null ? 0 : id, occurredAt, action, actor, target, details, clientAddress);
    }
}
