package de.ddnhamburg.network.domain.announcement;

import de.ddnhamburg.network.domain.common.AbstractEntity;
import de.ddnhamburg.network.domain.congress.CongressRegistrationStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An announcement as it was sent: the texts and the segment are never changed afterwards; only the
 * status moves from SENDING to SENT. Its recipients are rows of {@code announcement_recipient}
 * ({@link AnnouncementRecipients}).
 */
@Entity
@Table(name = "announcement")
class Announcement extends AbstractEntity {

    @Column(name = "request_key", nullable = false, updatable = false, length = 36)
    private String requestKey = "";

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "audience_kind", nullable = false, updatable = false, length = 30)
    private AudienceKind audienceKind = AudienceKind.ALL_MEMBERS;

    @Column(name = "group_id", updatable = false)
    private @Nullable Long groupId;

    @Column(name = "congress_id", updatable = false)
    private @Nullable Long congressId;

    @Column(name = "category_id", updatable = false)
    private @Nullable Long categoryId;

    @Column(name = "session_id", updatable = false)
    private @Nullable Long sessionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "registration_status", updatable = false, length = 20)
    private @Nullable CongressRegistrationStatus registrationStatus;

    @Column(name = "event_id", updatable = false)
    private @Nullable Long eventId;

    /** The names of the group, congress, category, workshop or event, as they were when sent. */
    @Column(name = "audience_label", nullable = false, updatable = false, length = 500)
    private String audienceLabel = "";

    @Column(nullable = false, updatable = false, length = AnnouncementRules.SUBJECT_MAX)
    private String subject = "";

    @Column(nullable = false, updatable = false, length = AnnouncementRules.TEXT_MAX)
    private String body = "";

    @Column(name = "subject_en", updatable = false, length = AnnouncementRules.SUBJECT_MAX)
    private @Nullable String subjectEnglish;

    @Column(name = "body_en", updatable = false, length = AnnouncementRules.TEXT_MAX)
    private @Nullable String bodyEnglish;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AnnouncementStatus status = AnnouncementStatus.SENDING;

    @Column(name = "recipient_count", nullable = false, updatable = false)
    private int recipientCount;

    @Column(name = "finished_at")
    private @Nullable Instant finishedAt;

    protected Announcement() {}

    Announcement(UUID requestKey, long createdBy, AnnouncementDraft draft, String audienceLabel, int recipientCount) {
        this.requestKey = requestKey.toString();
        this.createdBy = createdBy;
        Audience audience = draft.audience();
        this.audienceKind = audience.kind();
        this.groupId = audience.groupId();
        this.congressId = audience.congressId();
        this.categoryId = audience.categoryId();
        this.sessionId = audience.sessionId();
        this.registrationStatus = audience.status();
        this.eventId = audience.eventId();
        this.audienceLabel = audienceLabel;
        this.subject = draft.subject().strip();
        this.body = draft.text().strip();
        if (draft.hasEnglish()) {
            this.subjectEnglish = Objects.requireNonNull(draft.subjectEnglish()).strip();
            this.bodyEnglish = Objects.requireNonNull(draft.textEnglish()).strip();
        }
        this.recipientCount = recipientCount;
    }

    long id() {
        return Objects.requireNonNull(getId(), "announcement not saved yet");
    }

    /** The texts a recipient of this language gets: the English version if there is one and they chose English. */
    AnnouncementText textFor(Locale language) {
        return AnnouncementText.of(subject, body, subjectEnglish, bodyEnglish, language);
    }

    long getCreatedBy() {
        return createdBy;
    }

    AudienceKind getAudienceKind() {
        return audienceKind;
    }

    String getAudienceLabel() {
        return audienceLabel;
    }

    @Nullable
    CongressRegistrationStatus getRegistrationStatus() {
        return registrationStatus;
    }

    String getSubject() {
        return subject;
    }

    boolean hasEnglish() {
        return subjectEnglish != null;
    }

    AnnouncementStatus getStatus() {
        return status;
    }

    int getRecipientCount() {
        return recipientCount;
    }

    @Nullable
    Instant getFinishedAt() {
        return finishedAt;
    }
}
