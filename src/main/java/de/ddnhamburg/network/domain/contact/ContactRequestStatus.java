package de.ddnhamburg.network.domain.contact;

import java.util.Set;

/** Where a contact request stands. Only OPEN changes; the others are answers and stay. */
public enum ContactRequestStatus {
    /** Waiting for the recipient. */
    OPEN,
    /** The two are contacts now. */
    ACCEPTED,
    /** The recipient said no; the sender may ask again later. */
    DECLINED,
    /**
     * The recipient put it aside without answering. The sender is not told: to them it still waits
     * for an answer, so they cannot ask again until they withdraw it.
     */
    IGNORED,
    /** The sender took it back. */
    WITHDRAWN;

    /** Waiting for an answer as the sender sees it; see {@link #IGNORED}. */
    static final Set<ContactRequestStatus> PENDING = Set.of(OPEN, IGNORED);
}
