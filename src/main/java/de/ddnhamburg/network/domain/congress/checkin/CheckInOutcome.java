package de.ddnhamburg.network.domain.congress.checkin;

/**
 * What the desk's scan or click came to. Only {@link #CHECKED_IN} checked someone in (and
 * {@link #UNDONE} took a check-in back); every other outcome is a warning the desk must see.
 */
public enum CheckInOutcome {
    CHECKED_IN,
    UNDONE,
    ALREADY_CHECKED_IN,
    CANCELLED,
    WAITLISTED,
    AWAITING_GUEST_CONFIRMATION,
    AWAITING_APPROVAL,
    OTHER_CONGRESS,
    UNKNOWN_CODE,
    UNREADABLE_CODE;

    /** Whether the desk must stop and look: everything but a check-in and its undoing. */
    public boolean isWarning() {
        return this != CHECKED_IN && this != UNDONE;
    }
}
