package de.ddnhamburg.network.domain.member;

/** Why a link does not work; each has its own message, none reveals whose link it was. */
public enum TokenProblem {
    /** Never issued, mistyped, cut off by the mail program, or meant for another page. */
    UNKNOWN,
    EXPIRED,
    /** Used already, or replaced by a newer link. */
    USED;

    public String messageKey() {
        return switch (this) {
            case UNKNOWN -> "account.token.unknown";
            case EXPIRED -> "account.token.expired";
            case USED -> "account.token.used";
        };
    }
}
