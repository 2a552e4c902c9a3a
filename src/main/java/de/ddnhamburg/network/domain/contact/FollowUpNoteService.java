package de.ddnhamburg.network.domain.contact;

import de.ddnhamburg.network.domain.common.ClockConfig;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.member.MemberIdentity;
import de.ddnhamburg.network.domain.member.MemberLookup;
import de.ddnhamburg.network.security.CurrentUser;
import de.ddnhamburg.network.security.Roles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * My follow-up notes about my contacts ("nächster Termin", "wollte mir … schicken"), each with an
 * optional day to be reminded on the start page. Private: every method works on the signed-in
 * member's own notes and none takes an owner, so no other member, moderator or admin can read them;
 * admins' copies of a member's data leave them out too ({@link FollowUpNotePersonalData}).
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.MEMBER + "')")
public class FollowUpNoteService {

    public static final int MAX_LENGTH = 1000;

    private final FollowUpNoteRepository notes;
    private final ContactRelationships relationships;
    private final MemberLookup members;
    private final CurrentUser currentUser;
    private final Clock clock;

    FollowUpNoteService(
            FollowUpNoteRepository notes,
            ContactRelationships relationships,
            MemberLookup members,
            CurrentUser currentUser,
            Clock clock) {
        this.notes = notes;
        this.relationships = relationships;
        this.members = members;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** My note about the member, if I wrote one. */
    @Transactional(readOnly = true)
    public Optional<FollowUpNoteItem> mine(long subjectId) {
        return notes.findByOwnerIdAndSubjectId(me(), subjectId).map(note -> item(note, members.find(subjectId)));
    }

    /**
     * Writes or changes my note about a contact. A new note needs a contact; one written earlier can
     * still be changed after the contact ended.
     *
     * @throws InvalidInputException for an empty or too long text ({@code text}) or a past day ({@code remindOn})
     * @throws NotFoundException for a member who is not my contact and has no note of mine
     */
    public FollowUpNoteItem save(long subjectId, String text, @Nullable LocalDate remindOn) {
        long me = me();
        String trimmed = text.strip();
        InvalidInputException.collect()
                .add("text", trimmed.isEmpty() ? Optional.of("note.validation.empty") : Optional.empty())
                .add(
                        "text",
                        trimmed.length() > MAX_LENGTH ? Optional.of("note.validation.tooLong") : Optional.empty(),
                        MAX_LENGTH)
                .add(
                        "remindOn",
                        remindOn != null && remindOn.isBefore(today())
                                ? Optional.of("note.validation.pastDay")
                                : Optional.empty())
                .throwIfAny();
        FollowUpNote note = notes.findByOwnerIdAndSubjectId(me, subjectId).orElseGet(() -> {
            if (!relationships.areContacts(me, subjectId)) {
                throw new NotFoundException();
            }
            return new FollowUpNote(me, subjectId);
        });
        note.change(trimmed, remindOn);
        return item(notes.save(note), members.find(subjectId));
    }

    /** Deletes my note about the member; nothing happens if there is none. */
    public void delete(long subjectId) {
        notes.findByOwnerIdAndSubjectId(me(), subjectId).ifPresent(notes::delete);
    }

    /** "Erledigt": the note stays, its reminder goes. */
    public void done(long subjectId) {
        notes.findByOwnerIdAndSubjectId(me(), subjectId).ifPresent(FollowUpNote::clearReminder);
    }

    /** My notes whose reminder day has come (today in Hamburg or earlier), the oldest first. */
    @Transactional(readOnly = true)
    public List<FollowUpNoteItem> due() {
        List<FollowUpNote> due = notes.findByOwnerIdAndRemindOnLessThanEqualOrderByRemindOnAscIdAsc(me(), today());
        Map<Long, MemberIdentity> names =
                members.findAll(due.stream().map(FollowUpNote::getSubjectId).toList());
        return due.stream()
                .map(note -> item(note, Optional.ofNullable(names.get(note.getSubjectId()))))
                .toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfig.DISPLAY_ZONE));
    }

    private static FollowUpNoteItem item(FollowUpNote note, Optional<MemberIdentity> subject) {
        return new FollowUpNoteItem(
                note.getSubjectId(),
                subject.map(MemberIdentity::displayName).orElse("?"),
                note.getText(),
                note.getRemindOn());
    }

    private long me() {
        return currentUser.requireMemberId();
    }
}
