package de.ddnhamburg.network.domain.contact;

import de.ddnhamburg.network.domain.common.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A member's private note about one contact, with the day to be reminded of it (issue 16 point 4). */
@Entity
@Table(name = "follow_up_note")
class FollowUpNote extends AbstractEntity {

    @Column(name = "owner_id", nullable = false, updatable = false)
    private long ownerId;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(name = "note_text", nullable = false, length = FollowUpNoteService.MAX_LENGTH)
    private String text = "";

    @Column(name = "remind_on")
    private @Nullable LocalDate remindOn;

    protected FollowUpNote() {}

    FollowUpNote(long ownerId, long subjectId) {
        this.ownerId = ownerId;
        this.subjectId = subjectId;
    }

    long getOwnerId() {
        return ownerId;
    }

    long getSubjectId() {
        return subjectId;
    }

    String getText() {
        return text;
    }

    @Nullable
    LocalDate getRemindOn() {
        return remindOn;
    }

    void change(String text, @Nullable LocalDate remindOn) {
        this.text = text;
        this.remindOn = remindOn;
    }

    void clearReminder() {
        this.remindOn = null;
    }
}
