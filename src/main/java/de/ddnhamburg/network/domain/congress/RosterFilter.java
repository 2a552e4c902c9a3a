package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.audit.AuditNote;
import org.jspecify.annotations.Nullable;

/**
 * Which registrations of a congress a print or an export takes. Every part is optional.
 *
 * @param categoryId only this ticket category
 * @param status only this status; without one, every registration that is not cancelled
 * @param sessionId only those who hold a seat in this session: seated in it, or holding a seat of
 *     it as their second choice while they wait for their first
 */
public record RosterFilter(
        @Nullable Long categoryId,
        @Nullable CongressRegistrationStatus status,
        @Nullable Long sessionId) {

    /** Everyone who is not cancelled. */
    public static RosterFilter all() {
        return new RosterFilter(null, null, null);
    }

    /** Those with a confirmed place: the people who get a badge and are on the door list. */
    public static RosterFilter confirmed() {
        return new RosterFilter(null, CongressRegistrationStatus.CONFIRMED, null);
    }

    boolean accepts(RosterEntry entry) {
        boolean statusMatches =
                status == null ? entry.status() != CongressRegistrationStatus.CANCELLED : entry.status() == status;
        return statusMatches
                && (categoryId == null || categoryId == entry.categoryId())
                && (sessionId == null
                        || entry.choices().stream().anyMatch(choice -> sessionId.equals(choice.seatSessionId())));
    }

    /** For the audit log: what was chosen, by ids. */
    /**
     * For an audit note: what comes {@code first}, then the category's id, the status and the
     * session's id, each "all" (or "not cancelled") when the filter does not narrow by it.
     */
    public Object[] auditArguments(Object... first) {
        Object all = AuditNote.key("audit.note.all");
        Object[] arguments = java.util.Arrays.copyOf(first, first.length + 3);
        arguments[first.length] = categoryId == null ? all : categoryId;
        arguments[first.length + 1] = status == null
                ? AuditNote.key("audit.note.notCancelled")
                : AuditNote.key("congress.desk.status." + status.name());
        arguments[first.length + 2] = sessionId == null ? all : sessionId;
        return arguments;
    }
}
