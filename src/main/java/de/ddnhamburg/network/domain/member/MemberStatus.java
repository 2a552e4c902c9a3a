package de.ddnhamburg.network.domain.member;

public enum MemberStatus {
    /** Joined, but has not yet confirmed the e-mail address. */
    PENDING_EMAIL,
    /** E-mail confirmed, waiting for an admin to approve the membership. */
    PENDING_APPROVAL,
    ACTIVE,
    /** An admin suspended the membership: no login, open sessions ended; an admin can reactivate it. */
    SUSPENDED,
    /** An admin rejected the application for membership. */
    REJECTED,
    /** The member deleted the account: the row is anonymised and kept only as the anchor of retained records. */
    DELETED;

    public boolean canLogIn() {
        return this == ACTIVE;
    }
}
