package de.ddnhamburg.network.ui.event;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.event.EventOrganiserService;
import de.ddnhamburg.network.domain.event.OrganiserMessage;
import de.ddnhamburg.network.ui.components.Notices;
import java.util.Set;
import java.util.UUID;

/**
 * Subject and text to all confirmed participants (and the waiting list if ticked). The message id
 * is chosen when the dialog opens, so a double click on "Senden" mails nobody twice. A problem is
 * shown at its field, and what was typed stays.
 */
class ParticipantMessageDialog extends Dialog {

    private static final Set<String> SUBJECT_PROBLEMS =
            Set.of("event.message.subjectRequired", "event.message.subjectTooLong");
    private static final Set<String> TEXT_PROBLEMS = Set.of("event.message.textRequired", "event.message.textTooLong");

    private final UUID messageId = UUID.randomUUID();

    ParticipantMessageDialog(EventOrganiserService organiser, long eventId) {
        setId("participants-message-dialog");
        setHeaderTitle(getTranslation("event.organiser.message.title"));
        TextField subject = new TextField(getTranslation("event.organiser.message.subject"));
        subject.setId("message-subject");
        subject.setMaxLength(OrganiserMessage.SUBJECT_MAX);
        subject.setWidthFull();
        TextArea text = new TextArea(getTranslation("event.organiser.message.text"));
        text.setId("message-text");
        text.setMaxLength(OrganiserMessage.TEXT_MAX);
        text.setWidthFull();
        Checkbox includeWaiting = new Checkbox(getTranslation("event.organiser.message.includeWaiting"));
        includeWaiting.setId("message-include-waiting");
        add(new VerticalLayout(subject, text, includeWaiting));
        Button send = new Button(getTranslation("event.organiser.message.send"), click -> {
            subject.setInvalid(false);
            text.setInvalid(false);
            try {
                int mailed = organiser.message(
                        eventId,
                        new OrganiserMessage(
                                messageId, subject.getValue(), text.getValue(), includeWaiting.getValue()));
                close();
                Notices.success("event.organiser.message.sent", mailed);
            } catch (DomainException problem) {
                String message = getTranslation(problem.getMessageKey(), problem.getArguments());
                if (SUBJECT_PROBLEMS.contains(problem.getMessageKey())) {
                    subject.setErrorMessage(message);
                    subject.setInvalid(true);
                } else if (TEXT_PROBLEMS.contains(problem.getMessageKey())) {
                    text.setErrorMessage(message);
                    text.setInvalid(true);
                } else {
                    Notices.problem(problem);
                }
            }
        });
        send.setId("message-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("event.organiser.message.cancel"), click -> close());
        cancel.setId("message-cancel");
        getFooter().add(cancel, send);
    }
}
