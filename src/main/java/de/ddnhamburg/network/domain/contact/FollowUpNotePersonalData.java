package de.ddnhamburg.network.domain.contact;

import de.ddnhamburg.network.domain.common.DataSubject;
import de.ddnhamburg.network.domain.common.PersonalDataSection;
import de.ddnhamburg.network.domain.member.MemberIdentity;
import de.ddnhamburg.network.domain.member.MemberLookup;
import de.ddnhamburg.network.security.CurrentUser;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The member's follow-up notes, with whom each is about by name. Only the member reads them: an
 * admin's copy of the member's data (Datenanfragen) says that they are withheld instead. Deleting
 * an account deletes the notes it wrote and those that others wrote about it.
 */
@Component
@Order(25)
class FollowUpNotePersonalData implements PersonalDataSection {

    record NoteItem(String about, String text, @Nullable LocalDate remindOn) {}

    /** {@code withheld} is set, and {@code notes} empty, in a copy made by someone else. */
    record Export(List<NoteItem> notes, @Nullable String withheld) {}

    static final String WITHHELD = "only in the member's own export";

    private final FollowUpNoteRepository notes;
    private final MemberLookup members;
    private final CurrentUser currentUser;

    FollowUpNotePersonalData(FollowUpNoteRepository notes, MemberLookup members, CurrentUser currentUser) {
        this.notes = notes;
        this.members = members;
        this.currentUser = currentUser;
    }

    @Override
    public String name() {
        return "followUpNotes";
    }

    @Override
    public Export export(DataSubject subject) {
        if (!currentUser.memberId().map(id -> id == subject.memberId()).orElse(false)) {
            return new Export(List.of(), WITHHELD);
        }
        List<FollowUpNote> mine = notes.findByOwnerIdOrderByIdAsc(subject.memberId());
        Map<Long, MemberIdentity> names =
                members.findAll(mine.stream().map(FollowUpNote::getSubjectId).toList());
        return new Export(
                mine.stream()
                        .map(note -> new NoteItem(
                                names.containsKey(note.getSubjectId())
                                        ? names.get(note.getSubjectId()).displayName()
                                        : "?",
                                note.getText(),
                                note.getRemindOn()))
                        .toList(),
                null);
    }

    @Override
    public void erase(DataSubject subject) {
        notes.deleteOf(subject.memberId());
    }
}
