package de.ddnhamburg.network.domain.contact;

import java.time.Instant;

/**
 * A contact request as one of its two members sees it.
 *
 * @param memberId the other member: the sender for received requests, the recipient for sent ones
 * @param status as this viewer may know it: a sender sees an ignored request as {@code OPEN}
 */
public record ContactRequestItem(
        long id,
        long memberId,
        String displayName,
        String initials,
        FirstContactMessage message,
        ContactRequestStatus status,
        Instant sentAt) {

    /** The request as its sender sees it: an ignored request still waits for an answer. */
    static ContactRequestItem forSender(ContactRequest request, String displayName, String initials) {
        ContactRequestStatus shown =
                request.getStatus() == ContactRequestStatus.IGNORED ? ContactRequestStatus.OPEN : request.getStatus();
        return new ContactRequestItem(
                request.id(),
                request.getRecipientId(),
                displayName,
                initials,
                request.message(),
                shown,
                request.sentAt());
    }
}
