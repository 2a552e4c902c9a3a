package de.ddnhamburg.network.ui.contact;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import de.ddnhamburg.network.domain.contact.FollowUpNoteItem;
import de.ddnhamburg.network.domain.contact.FollowUpNoteService;
import de.ddnhamburg.network.ui.components.Confirmation;
import de.ddnhamburg.network.ui.components.Notices;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

/** My private note on a contact's card: what I wrote and when I want to be reminded; only I see it. */
class FollowUpNotePanel extends Div {

    private final FollowUpNoteService notes;
    private final long subjectId;
    private final String subjectName;

    FollowUpNotePanel(FollowUpNoteService notes, long subjectId, String subjectName) {
        this.notes = notes;
        this.subjectId = subjectId;
        this.subjectName = subjectName;
        setId("note-" + subjectId);
        addClassName("follow-up-note");
        show(notes.mine(subjectId));
    }

    private void show(Optional<FollowUpNoteItem> note) {
        removeAll();
        Button edit = new Button(
                getTranslation(note.isPresent() ? "note.button.edit" : "note.button.add"),
                click -> new FollowUpNoteDialog(notes, subjectId, subjectName, note, saved -> show(Optional.of(saved)))
                        .open());
        edit.setId("note-edit-" + subjectId);
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        if (note.isEmpty()) {
            add(edit);
            return;
        }
        Span label = new Span(getTranslation("note.private"));
        label.addClassName("contact-meta");
        Paragraph text = new Paragraph(note.get().text());
        text.setId("note-text-" + subjectId);
        text.addClassName("follow-up-note-text");
        add(label, text);
        if (note.get().remindOn() != null) {
            Span remind = new Span(getTranslation(
                    "note.remindOn",
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                            .withLocale(getLocale())
                            .format(note.get().remindOn())));
            remind.setId("note-remind-" + subjectId);
            remind.addClassName("contact-meta");
            add(remind);
        }
        Button delete = new Button(
                getTranslation("note.button.delete"),
                click -> Confirmation.ask(this, "confirm-note-delete", "note.confirm.delete.", subjectName, () -> {
                    notes.delete(subjectId);
                    Notices.success("note.notify.deleted", subjectName);
                    show(Optional.empty());
                }));
        delete.setId("note-delete-" + subjectId);
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        Div actions = new Div(edit, delete);
        actions.addClassName("contact-actions");
        add(actions);
    }
}
