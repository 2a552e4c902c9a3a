package de.ddnhamburg.network.domain.audit;

import de.ddnhamburg.network.security.CurrentUser;
import de.ddnhamburg.network.security.Roles;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who did what to which record, and when: security events and every admin action. */
@Service
@Transactional(readOnly = true)
public class AuditService {

    private static final int MAX_TEXT = 1000;

    private final AuditEntryRepository entries;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditService(AuditEntryRepository entries, CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records an action of the signed-in user (or of the system when nobody is signed in). */
    @Transactional
    public void record(AuditAction action, @Nullable String target, @Nullable String details) {
        record(action, currentUser.email().orElse(null), target, details, null);
    }

    /** Records an event whose actor is known but not signed in, such as a failed login. */
    @Transactional
    public void record(
            AuditAction action,
            @Nullable String actor,
            @Nullable String target,
            @Nullable String details,
            @Nullable String clientAddress) {
        entries.save(
                new AuditEntry(clock.instant(), action, clip(actor), clip(target), clip(details), clip(clientAddress)));
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<AuditEntryItem> findPage(@Nullable AuditAction action, Pageable pageable) {
        // Newest first always: the log is read to find out what just happened.
        var page = PageRequest.of(
                pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "occurredAt", "id"));
        var result = action == null ? entries.findAll(page) : entries.findByAction(action, page);
        return result.map(AuditEntry::toView).getContent();
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public long count(@Nullable AuditAction action) {
        return action == null ? entries.count() : entries.countByAction(action);
    }

    /** What was done to one record ({@code target} as recorded), oldest first: its history. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<AuditEntryItem> history(String target) {
        return entries.findByTargetOrderByOccurredAtAscIdAsc(target).stream()
                .map(AuditEntry::toView)
                .toList();
    }

    private static @Nullable String clip(@Nullable String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }
}
