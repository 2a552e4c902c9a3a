package de.ddnhamburg.network.domain.congress;

import java.util.Locale;

/** Why a link mailed to a congress guest does not work. */
public enum CongressLinkProblem {
    /** Never issued, mistyped, cut off by the mail program, or meant for the other page. */
    UNKNOWN,
    /** The hold ran out before confirming, or the congress is over. */
    EXPIRED,
    /** Used already, or replaced by a newer link. */
    USED;

    public String messageKey() {
        return "congress.link." + name().toLowerCase(Locale.ROOT);
    }
}
