package de.ddnhamburg.network.domain.event;

/** Why a guest's link does not work. */
public enum GuestLinkProblem {
    /** Never issued, mistyped, cut off by the mail program, or meant for the other page. */
    UNKNOWN,
    /** The hold ran out before confirming, or the event has begun (cancelling). */
    EXPIRED,
    /** Used already, or replaced by a newer link. */
    USED;

    public String messageKey() {
        return "event.guest.link." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
