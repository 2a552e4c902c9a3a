package de.ddnhamburg.network.domain.mail;

import de.ddnhamburg.network.domain.common.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One mail in the outbox, rendered when it was queued so that it says what was true then, in the
 * recipient's language. Rows are never deleted by the sender: a mail is either waiting, sent or
 * failed, and an admin can always see which.
 */
@Entity
@Table(name = "outbox_mail")
class OutboxMail extends AbstractEntity {

    static final int MAX_BODY = 20_000;
    static final int MAX_SUBJECT = 500;
    private static final int MAX_ERROR = 1000;

    @Column(name = "fact_key", nullable = false, updatable = false, unique = true, length = 200)
    private String factKey;

    @Column(nullable = false, updatable = false, length = 254)
    private String recipient;

    @Column(nullable = false, updatable = false, length = 10)
    private String language;

    @Column(nullable = false, updatable = false, length = 100)
    private String template;

    @Column(nullable = false, updatable = false, length = MAX_SUBJECT)
    private String subject;

    /** Written once, and once more when sent: then its one-time links are blanked. */
    @Column(nullable = false, length = MAX_BODY)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private @Nullable Instant nextAttemptAt;

    @Column(name = "last_error", length = MAX_ERROR)
    private @Nullable String lastError;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    @Column(name = "attachment_name", updatable = false, length = 100)
    private @Nullable String attachmentName;

    @Column(name = "attachment_type", updatable = false, length = 100)
    private @Nullable String attachmentType;

    @Column(name = "attachment_content", updatable = false, length = MailAttachment.MAX_CONTENT)
    private @Nullable String attachmentContent;

    @Column(name = "attachment_base64", nullable = false, updatable = false)
    private boolean attachmentBase64;

    @Column(name = "attachment_qr_code", nullable = false, updatable = false)
    private boolean attachmentQrCode;

    /** The attachments after the first, which the row itself holds. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "outbox_mail_attachment", joinColumns = @JoinColumn(name = "mail_id"))
    @OrderColumn(name = "position")
    private List<StoredAttachment> moreAttachments = new ArrayList<>();

    protected OutboxMail() {
        this.factKey = "";
        this.recipient = "";
        this.language = "de";
        this.template = "";
        this.subject = "";
        this.body = "";
        this.status = MailStatus.PENDING;
    }

    OutboxMail(
            String factKey,
            String recipient,
            String language,
            MailTemplate template,
            RenderedMail text,
            List<MailAttachment> attachments,
            Instant now) {
        this.factKey = factKey;
        this.recipient = recipient;
        this.language = language;
        this.template = template.key();
        this.subject = text.subject();
        this.body = text.body();
        this.status = MailStatus.PENDING;
        this.nextAttemptAt = now;
        if (!attachments.isEmpty()) {
            MailAttachment first = attachments.getFirst();
            this.attachmentName = first.fileName();
            this.attachmentType = first.contentType();
            this.attachmentContent = first.content();
            this.attachmentBase64 = first.form() == MailAttachment.Form.BASE64;
            this.attachmentQrCode = first.form() == MailAttachment.Form.QR_CODE;
            attachments.stream().skip(1).map(StoredAttachment::of).forEach(moreAttachments::add);
        }
    }

    boolean isDue(Instant now) {
        return status == MailStatus.PENDING && nextAttemptAt != null && !nextAttemptAt.isAfter(now);
    }

    /** Sent: the text keeps no working one-time link from now on (see {@link OneTimeLinks}). */
    void markSent(Instant now) {
        body = OneTimeLinks.blank(body);
        status = MailStatus.SENT;
        attempts++;
        sentAt = now;
        nextAttemptAt = null;
    }

    /** Counts a failed attempt and either schedules the next one or gives up. */
    void markAttemptFailed(String error, @Nullable Instant nextAttempt) {
        attempts++;
        lastError = error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
        if (nextAttempt == null) {
            status = MailStatus.FAILED;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = nextAttempt;
        }
    }

    /** An admin's "send again": a fresh series of attempts, starting now. */
    void retry(Instant now) {
        status = MailStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    String getFactKey() {
        return factKey;
    }

    String getRecipient() {
        return recipient;
    }

    String getSubject() {
        return subject;
    }

    String getBody() {
        return body;
    }

    MailStatus getStatus() {
        return status;
    }

    int getAttempts() {
        return attempts;
    }

    OutboxMailSummary toSummary() {
        return new OutboxMailSummary(
                id(),
                recipient,
                subject,
                language,
                MailTemplate.ofKey(template),
                status,
                attempts,
                createdAt(),
                nextAttemptAt,
                sentAt,
                lastError);
    }

    OutboxMailContent toContent() {
        return new OutboxMailContent(id(), recipient, subject, OneTimeLinks.blank(body));
    }

    MailPersonalData.MailItem toPersonalData() {
        return new MailPersonalData.MailItem(createdAt(), template, subject, OneTimeLinks.blank(body), status, sentAt);
    }

    OutgoingMail toOutgoing() {
        return new OutgoingMail(id(), createdAt(), recipient, subject, body, attachments());
    }

    List<MailAttachment> attachments() {
        if (attachmentName == null || attachmentType == null || attachmentContent == null) {
            return List.of();
        }
        List<MailAttachment> all = new ArrayList<>();
        all.add(new MailAttachment(
                attachmentName, attachmentType, attachmentContent, form(attachmentBase64, attachmentQrCode)));
        moreAttachments.stream().map(StoredAttachment::attachment).forEach(all::add);
        return all;
    }

    /** One further attachment, a row of {@code outbox_mail_attachment}. */
    @Embeddable
    static class StoredAttachment {

        @Column(name = "file_name", nullable = false, length = 100)
        private String fileName = "";

        @Column(name = "content_type", nullable = false, length = 100)
        private String contentType = "";

        @Column(nullable = false, length = MailAttachment.MAX_CONTENT)
        private String content = "";

        @Column(nullable = false)
        private boolean base64;

        @Column(name = "qr_code", nullable = false)
        private boolean qrCode;

        protected StoredAttachment() {}

        static StoredAttachment of(MailAttachment attachment) {
            StoredAttachment stored = new StoredAttachment();
            stored.fileName = attachment.fileName();
            stored.contentType = attachment.contentType();
            stored.content = attachment.content();
            stored.base64 = attachment.form() == MailAttachment.Form.BASE64;
            stored.qrCode = attachment.form() == MailAttachment.Form.QR_CODE;
            return stored;
        }

        MailAttachment attachment() {
            return new MailAttachment(fileName, contentType, content, form(base64, qrCode));
        }
    }

    private static MailAttachment.Form form(boolean base64, boolean qrCode) {
        return qrCode ? MailAttachment.Form.QR_CODE : base64 ? MailAttachment.Form.BASE64 : MailAttachment.Form.TEXT;
    }

    long id() {
        Long id = getId();
        if (id == null) {
            throw new IllegalStateException("The mail has not been stored yet");
        }
        return id;
    }

    private Instant createdAt() {
        Instant created = getCreatedAt();
        return created == null ? Instant.EPOCH : created;
    }
}
