package de.ddnhamburg.network.domain.member;

public enum MemberStatus {
    /** Joined, but has not yet confirmed the e-mail address. */
    PENDING_EMAIL,
    /** E-mail confirmed, waiting for an admin to approve the membership. */
    PENDING_APPROVAL,
    ACTIVE,
    SUSPENDED,
    /** The member deleted the account: the row is anonymised and kept only as the anchor of retained records. */
    DELETED;

    public boolean canLogIn() {
        return this == ACTIVE;
    }
}
