package de.ddnhamburg.network.domain.member;

/**
 * What profiles need to know about contacts. Declared here and implemented by the contact feature,
 * so that the member feature does not depend on it: the contact feature uses member services, and
 * the dependency must run one way only (checked by the architecture test).
 */
public interface ContactLookup {

    /** The member's contacts, in one query. */
    java.util.Set<Long> contactsOf(long memberId);

    /** Whether the two members are contacts; the order does not matter. */
    boolean areContacts(long memberId, long otherMemberId);

    /**
     * Whether {@code askerId} has an open contact request to {@code askedId}. Asking somebody for
     * contact shows them one's profile, also when it is hidden from the directory.
     */
    boolean hasOpenRequest(long askerId, long askedId);

    /**
     * Members not to suggest to {@code memberId}: contacts, members blocked in either direction, and
     * members with a waiting request in either direction.
     */
    java.util.Set<Long> alreadyConnected(long memberId);
}
