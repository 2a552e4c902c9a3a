package de.ddnhamburg.network.ui.contact;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import de.ddnhamburg.network.domain.contact.FollowUpNoteItem;
import de.ddnhamburg.network.domain.contact.FollowUpNoteService;
import de.ddnhamburg.network.ui.components.Notices;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Objects;

/**
 * "Fällige Notizen" on the start page: my follow-up notes whose reminder day has come, each with
 * the contact's name and an "Erledigt" that removes the reminder and keeps the note. Hidden when
 * nothing is due.
 */
public class DueNotesSection extends Section {

    private final FollowUpNoteService notes;

    public DueNotesSection(FollowUpNoteService notes) {
        this.notes = notes;
        setId("home-due-notes");
        addClassNames("card", "home-due-notes");
        show();
    }

    private void show() {
        removeAll();
        List<FollowUpNoteItem> due = notes.due();
        setVisible(!due.isEmpty());
        if (due.isEmpty()) {
            return;
        }
        add(new H2(getTranslation("note.home.title")));
        DateTimeFormatter days =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        for (FollowUpNoteItem note : due) {
            Span when = new Span(getTranslation(
                    "note.remindOn", days.format(Objects.requireNonNull(note.remindOn(), "due notes have a day"))));
            when.addClassName("contact-meta");
            Button done = new Button(getTranslation("note.button.done"), click -> {
                notes.done(note.subjectId());
                Notices.success("note.notify.done", note.subjectName());
                show();
            });
            done.setId("due-note-done-" + note.subjectId());
            done.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Div row = new Div(
                    MemberLinks.profile(note.subjectId(), note.subjectName()), when, new Paragraph(note.text()), done);
            row.setId("due-note-" + note.subjectId());
            row.addClassName("due-note");
            add(row);
        }
    }
}
