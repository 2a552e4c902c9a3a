package de.ddnhamburg.network.ui.contact;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.value.ValueChangeMode;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.contact.ContactRequestItem;
import de.ddnhamburg.network.domain.contact.ContactRequestService;
import de.ddnhamburg.network.domain.contact.ContactRules;
import de.ddnhamburg.network.domain.contact.FirstContactMessage;
import de.ddnhamburg.network.domain.member.Commonalities;
import de.ddnhamburg.network.domain.member.ProfileDetails;
import de.ddnhamburg.network.domain.member.TopicItem;
import de.ddnhamburg.network.ui.components.FieldProblems;
import de.ddnhamburg.network.ui.components.Notices;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Helps to write a good first message, in the three parts the network recommends: who I am, why I
 * write, and a next step. Counters and the preview follow the typing; problems are shown at the
 * field, and nothing typed is lost when sending fails.
 */
public class ContactRequestDialog extends Dialog {

    private final ContactRequestService requests;
    private final ProfileDetails recipient;
    private final Consumer<ContactRequestItem> onSent;
    private final Binder<Draft> binder = new Binder<>();
    private final Draft draft = new Draft();
    private final Map<String, TextArea> fields = new HashMap<>();
    private final FieldProblems problems = new FieldProblems(this);
    private final Div preview = new Div();
    private final Paragraph error = new Paragraph();
    private @Nullable Long metAtEventId;

    /** The message being written; the binder fills it when every part is valid. */
    private static final class Draft {
        String whoIAm = "";
        String whyIWrite = "";
        String nextStep = "";

        FirstContactMessage toMessage() {
            return new FirstContactMessage(whoIAm, whyIWrite, nextStep);
        }
    }

    public ContactRequestDialog(
            ContactRequestService requests,
            ProfileDetails recipient,
            @Nullable Commonalities shared,
            FirstContactMessage suggestion,
            Consumer<ContactRequestItem> onSent) {
        this.requests = requests;
        this.recipient = recipient;
        this.onSent = onSent;
        setId("contact-request-dialog");
        addClassName("contact-request-dialog");
        setHeaderTitle(getTranslation("contact.dialog.title", recipient.displayName()));
        setWidth("min(46rem, 100%)");

        add(new Paragraph(getTranslation("contact.dialog.lead")));
        if (shared != null && !shared.isEmpty()) {
            Paragraph common = new Paragraph(getTranslation(
                    "contact.dialog.shared",
                    FirstContactSuggestion.enumerate(
                            this,
                            Stream.concat(shared.topics().stream().map(TopicItem::name), shared.expertise().stream())
                                    .toList())));
            common.setId("contact-dialog-shared");
            common.addClassName("contact-dialog-shared");
            add(common);
        }
        add(
                part("whoIAm", "contact-who", ContactRules.WHO_I_AM_MAX),
                part("whyIWrite", "contact-why", ContactRules.WHY_I_WRITE_MAX),
                part("nextStep", "contact-next", ContactRules.NEXT_STEP_MAX));
        draft.whoIAm = suggestion.whoIAm();
        draft.whyIWrite = suggestion.whyIWrite();
        draft.nextStep = suggestion.nextStep();
        binder.readBean(draft);
        updatePreview();

        preview.setId("contact-preview");
        preview.addClassName("contact-preview");
        Paragraph privacy = new Paragraph(getTranslation("contact.dialog.privacy", recipient.displayName()));
        privacy.addClassName("contact-dialog-privacy");
        error.setId("contact-dialog-error");
        error.addClassName("contact-dialog-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add(preview, privacy, error);

        Button cancel = new Button(getTranslation("contact.dialog.cancel"), click -> close());
        cancel.setId("cancel-contact-request");
        Button send = new Button(getTranslation("contact.dialog.send"), click -> send());
        send.setId("send-contact-request");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, send);
    }

    /**
     * Sends the request with the event where the two met, which the contact then remembers ("Wen
     * habe ich getroffen?"), and says so above the message.
     */
    public ContactRequestDialog metAt(long eventId, String eventTitle) {
        this.metAtEventId = eventId;
        Paragraph context = new Paragraph(getTranslation("event.met.dialog.context", eventTitle));
        context.setId("contact-dialog-met-at");
        addComponentAtIndex(1, context);
        return this;
    }

    private TextArea part(String name, String id, int max) {
        TextArea field = new TextArea(getTranslation("contact.dialog." + name));
        field.setId(id);
        field.setPlaceholder(getTranslation("contact.dialog." + name + ".placeholder"));
        field.setMaxLength(max);
        field.setWidthFull();
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(change -> {
            counter(field, max);
            updatePreview();
        });
        binder.forField(field)
                .withValidator((value, context) -> ContactRules.checkPart(value, max)
                        .map(key -> ValidationResult.error(getTranslation(key, max)))
                        .orElse(ValidationResult.ok()))
                .bind(d -> get(d, name), (d, value) -> set(d, name, value));
        counter(field, max);
        fields.put(name, problems.bound(name, field));
        return field;
    }

    private void counter(TextArea field, int max) {
        field.setHelperText(
                getTranslation("contact.dialog.counter", field.getValue().length(), max));
    }

    /** Exactly the text that will be sent, as plain text: paragraphs of the three parts. */
    private void updatePreview() {
        preview.removeAll();
        preview.add(new H3(getTranslation("contact.dialog.preview", recipient.displayName())));
        for (String name : new String[] {"whoIAm", "whyIWrite", "nextStep"}) {
            String text = ContactRules.clean(
                    fields.containsKey(name) ? fields.get(name).getValue() : "");
            if (!text.isEmpty()) {
                preview.add(new Paragraph(text));
            }
        }
    }

    private void send() {
        error.setVisible(false);
        if (!binder.writeBeanIfValid(draft)) {
            return;
        }
        try {
            ContactRequestItem sent = requests.send(recipient.id(), draft.toMessage(), metAtEventId);
            close();
            Notices.success("contact.notify.sent", recipient.displayName());
            ContactsChanged.fire();
            onSent.accept(sent);
        } catch (InvalidInputException e) {
            problems.mark(e);
        } catch (DomainException e) {
            // Said inside the dialog, next to the text, which stays as it is.
            error.setText(getTranslation(e.getMessageKey(), e.getArguments()));
            error.setVisible(true);
        }
    }

    private static String get(Draft draft, String name) {
        return switch (name) {
            case "whoIAm" -> draft.whoIAm;
            case "whyIWrite" -> draft.whyIWrite;
            default -> draft.nextStep;
        };
    }

    private static void set(Draft draft, String name, @Nullable String value) {
        String text = value == null ? "" : value;
        switch (name) {
            case "whoIAm" -> draft.whoIAm = text;
            case "whyIWrite" -> draft.whyIWrite = text;
            default -> draft.nextStep = text;
        }
    }
}
