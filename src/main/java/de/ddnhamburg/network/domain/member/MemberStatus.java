package de.ddnhamburg.network.domain.member;

public enum MemberStatus {
    /** Joined, but has not yet confirmed the e-mail address. */
    PENDING_EMAIL,
    /** E-mail confirmed, waiting for an admin to approve the membership. */
    PENDING_APPROVAL,
    ACTIVE,
    SUSPENDED;

    public boolean canLogIn() {
        return this == ACTIVE;
    }
}
