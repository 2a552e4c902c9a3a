package de.ddnhamburg.network.domain.contact;

import de.ddnhamburg.network.domain.common.AbstractEntity;
import de.ddnhamburg.network.domain.common.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One member asking another for contact. The request stays as history after it was answered; the
 * contact itself is a {@link Contact}. Sent time is {@code createdAt} (from the injected clock).
 */
@Entity
@Table(name = "contact_request")
class ContactRequest extends AbstractEntity {

    @Column(name = "sender_id", nullable = false, updatable = false)
    private long senderId;

    @Column(name = "recipient_id", nullable = false, updatable = false)
    private long recipientId;

    @Column(name = "who_i_am", nullable = false, updatable = false, length = ContactRules.WHO_I_AM_MAX)
    private String whoIAm;

    @Column(name = "why_i_write", nullable = false, updatable = false, length = ContactRules.WHY_I_WRITE_MAX)
    private String whyIWrite;

    @Column(name = "next_step", nullable = false, updatable = false, length = ContactRules.NEXT_STEP_MAX)
    private String nextStep;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ContactRequestStatus status;

    @Column(name = "answered_at")
    private @Nullable Instant answeredAt;

    @Column(name = "open_pair", length = 41)
    private @Nullable String openPair;

    /** The event where the two met, if the request was sent from "Wen habe ich getroffen?" (V310). */
    @Column(name = "met_at_event_id", updatable = false)
    private @Nullable Long metAtEventId;

    protected ContactRequest() {
        this.whoIAm = "";
        this.whyIWrite = "";
        this.nextStep = "";
        this.status = ContactRequestStatus.OPEN;
    }

    ContactRequest(long senderId, long recipientId, FirstContactMessage message) {
        this.senderId = senderId;
        this.recipientId = recipientId;
        this.whoIAm = message.whoIAm();
        this.whyIWrite = message.whyIWrite();
        this.nextStep = message.nextStep();
        this.status = ContactRequestStatus.OPEN;
        this.openPair = pairKey(senderId, recipientId);
    }

    @Nullable
    Long getMetAtEventId() {
        return metAtEventId;
    }

    /** Names the event where the two met; only before the request is first stored. */
    void metAt(long eventId) {
        this.metAtEventId = eventId;
    }

    /** The same for both directions, so that the unique column sees A→B and B→A as one pair. */
    static String pairKey(long one, long other) {
        return Math.min(one, other) + ":" + Math.max(one, other);
    }

    /** The recipient's answer: accepted, declined or ignored. */
    void answer(ContactRequestStatus answer, Instant now) {
        if (answer == ContactRequestStatus.OPEN || answer == ContactRequestStatus.WITHDRAWN) {
            throw new IllegalArgumentException("Not an answer: " + answer);
        }
        if (status != ContactRequestStatus.OPEN) {
            throw new DomainException("contact.request.notOpen");
        }
        close(answer, now);
    }

    /** The sender takes it back; also when the recipient ignored it, which the sender does not know. */
    void withdraw(Instant now) {
        if (!isPendingForSender()) {
            throw new DomainException("contact.request.notOpen");
        }
        close(ContactRequestStatus.WITHDRAWN, now);
    }

    /** The two became contacts through another request (the other direction); nothing is left to answer. */
    void supersede(Instant now) {
        close(ContactRequestStatus.ACCEPTED, now);
    }

    private void close(ContactRequestStatus newStatus, Instant now) {
        this.status = newStatus;
        this.answeredAt = now;
        this.openPair = null;
    }

    /** Waiting for an answer, as the sender sees it: an ignored request looks unanswered to them. */
    boolean isPendingForSender() {
        return status == ContactRequestStatus.OPEN || status == ContactRequestStatus.IGNORED;
    }

    boolean involves(long memberId) {
        return senderId == memberId || recipientId == memberId;
    }

    long otherThan(long memberId) {
        return senderId == memberId ? recipientId : senderId;
    }

    long getSenderId() {
        return senderId;
    }

    long getRecipientId() {
        return recipientId;
    }

    ContactRequestStatus getStatus() {
        return status;
    }

    @Nullable
    Instant getAnsweredAt() {
        return answeredAt;
    }

    FirstContactMessage message() {
        return new FirstContactMessage(whoIAm, whyIWrite, nextStep);
    }

    long id() {
        return Objects.requireNonNull(getId(), "not saved yet");
    }

    Instant sentAt() {
        return Objects.requireNonNull(getCreatedAt(), "not saved yet");
    }
}
