package de.ddnhamburg.network.domain.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

public record AuditEntryItem(
        long id,
        Instant occurredAt,
        AuditAction action,
        @Nullable String actor,
        @Nullable String target,
        @Nullable String details,
        @Nullable String clientAddress) {}
