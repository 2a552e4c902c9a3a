package de.ddnhamburg.network.ui.contact;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.contact.FollowUpNoteItem;
import de.ddnhamburg.network.domain.contact.FollowUpNoteService;
import de.ddnhamburg.network.ui.components.ComponentTexts;
import de.ddnhamburg.network.ui.components.FieldProblems;
import de.ddnhamburg.network.ui.components.Notices;
import java.util.Optional;
import java.util.function.Consumer;

/** Writes or changes my private note about a contact, with an optional reminder day. */
class FollowUpNoteDialog extends Dialog {

    private final FieldProblems problems = new FieldProblems(this);
    private final TextArea text = problems.field("text", new TextArea());
    private final DatePicker remindOn = problems.field("remindOn", ComponentTexts.localize(new DatePicker()));

    FollowUpNoteDialog(
            FollowUpNoteService notes,
            long subjectId,
            String subjectName,
            Optional<FollowUpNoteItem> existing,
            Consumer<FollowUpNoteItem> saved) {
        setId("note-dialog");
        setHeaderTitle(getTranslation("note.dialog.title", subjectName));
        text.setId("note-text");
        text.setLabel(getTranslation("note.dialog.text"));
        text.setHelperText(getTranslation("note.dialog.textHint"));
        text.setMaxLength(FollowUpNoteService.MAX_LENGTH);
        text.setWidthFull();
        remindOn.setId("note-remind-on");
        remindOn.setLabel(getTranslation("note.dialog.remindOn"));
        remindOn.setHelperText(getTranslation("note.dialog.remindOnHint"));
        remindOn.setClearButtonVisible(true);
        existing.ifPresent(note -> {
            text.setValue(note.text());
            remindOn.setValue(note.remindOn());
        });
        Button save = new Button(getTranslation("note.dialog.save"), click -> {
            try {
                FollowUpNoteItem note = notes.save(subjectId, text.getValue(), remindOn.getValue());
                Notices.success("note.notify.saved", subjectName);
                close();
                saved.accept(note);
            } catch (InvalidInputException e) {
                problems.mark(e);
            } catch (NotFoundException e) {
                Notices.error("note.notify.notContact", subjectName);
                close();
            }
        });
        save.setId("note-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("confirm.cancel"), click -> close());
        cancel.setId("note-cancel");
        add(text, remindOn);
        getFooter().add(cancel, save);
    }
}
