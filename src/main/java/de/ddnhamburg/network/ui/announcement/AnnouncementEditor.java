package de.ddnhamburg.network.ui.announcement;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.ddnhamburg.network.domain.announcement.AnnouncementDraft;
import de.ddnhamburg.network.domain.announcement.AnnouncementPreview;
import de.ddnhamburg.network.domain.announcement.AnnouncementReadService;
import de.ddnhamburg.network.domain.announcement.AnnouncementRules;
import de.ddnhamburg.network.domain.announcement.AnnouncementService;
import de.ddnhamburg.network.domain.announcement.AudienceCount;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.FieldProblem;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.ui.components.Confirmation;
import de.ddnhamburg.network.ui.components.FieldProblems;
import de.ddnhamburg.network.ui.components.Notices;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Writing an announcement: segment, subject and text (an English version optionally), then the
 * recipient count and the preview, a test mail to oneself, and sending after a confirmation. The
 * request key is chosen when the editor opens and after each sent announcement, so a second click
 * on "Senden" sends nothing twice (the service answers with the first).
 */
class AnnouncementEditor extends Section {

    private final AnnouncementService announcements;
    private final AnnouncementReadService reading;
    private final Runnable sent;
    private final FieldProblems problems = new FieldProblems(this);
    private final AudiencePicker audience;
    private final TextField subject = new TextField();
    private final TextArea text = new TextArea();
    private final TextField subjectEnglish = new TextField();
    private final TextArea textEnglish = new TextArea();
    private final Details english = new Details();
    private final Paragraph count = new Paragraph();
    private final AnnouncementPreviewPanel preview = new AnnouncementPreviewPanel();
    private UUID requestKey = UUID.randomUUID();

    AnnouncementEditor(AnnouncementService announcements, AnnouncementReadService reading, Runnable sent) {
        this.announcements = announcements;
        this.reading = reading;
        this.sent = sent;
        setId("announcement-editor");
        addClassName("card");
        audience = new AudiencePicker(reading.choices(), problems, this::stale);
        textField(subject, "announcement-subject", "announcement.subject", AnnouncementRules.SUBJECT);
        textArea(text, "announcement-text", "announcement.text", AnnouncementRules.TEXT);
        text.setHelperText(getTranslation("announcement.text.help"));
        textField(
                subjectEnglish,
                "announcement-subject-en",
                "announcement.subjectEnglish",
                AnnouncementRules.SUBJECT_ENGLISH);
        textArea(textEnglish, "announcement-text-en", "announcement.textEnglish", AnnouncementRules.TEXT_ENGLISH);
        english.setSummaryText(getTranslation("announcement.english"));
        english.setId("announcement-english");
        english.add(new Paragraph(getTranslation("announcement.english.help")), subjectEnglish, textEnglish);
        count.setId("announcement-count");
        count.setVisible(false);
        add(
                new H2(getTranslation("announcement.editor.title")),
                audience,
                subject,
                text,
                english,
                buttons(),
                count,
                preview);
    }

    private HorizontalLayout buttons() {
        Button show = new Button(getTranslation("announcement.preview"), click -> check());
        show.setId("announcement-preview");
        Button test = new Button(getTranslation("announcement.test"), click -> sendTest());
        test.setId("announcement-test");
        Button send = new Button(getTranslation("announcement.send"), click -> askToSend());
        send.setId("announcement-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout buttons = new HorizontalLayout(show, test, send);
        buttons.setWrap(true);
        return buttons;
    }

    /** Count and preview, with every problem of the form at its field; null if there is one. */
    private @Nullable AudienceCount check() {
        AnnouncementDraft draft = draft();
        List<FieldProblem> found = new ArrayList<>();
        AudienceCount counted = null;
        AnnouncementPreview mail = null;
        try {
            counted = reading.count(draft.audience());
        } catch (InvalidInputException e) {
            found.addAll(e.problems());
        }
        try {
            mail = reading.preview(draft);
        } catch (InvalidInputException e) {
            found.addAll(e.problems());
        }
        if (!found.isEmpty() || counted == null || mail == null) {
            show(new InvalidInputException(found));
            return null;
        }
        problems.clear();
        count.setText(countText(counted));
        count.setVisible(true);
        preview.show(mail);
        return counted;
    }

    private void sendTest() {
        try {
            String address = announcements.sendTest(requestKey, draft());
            problems.clear();
            Notices.success("announcement.test.sent", address);
        } catch (InvalidInputException e) {
            show(e);
        }
    }

    private void askToSend() {
        AudienceCount counted = check();
        if (counted == null) {
            return;
        }
        if (counted.recipients() == 0) {
            Notices.error("announcement.send.nobody");
            return;
        }
        Confirmation.ask(
                this,
                "announcement-confirm-send",
                "announcement.confirm.send.",
                String.valueOf(counted.recipients()),
                this::send);
    }

    private void send() {
        try {
            announcements.send(requestKey, draft());
        } catch (InvalidInputException e) {
            show(e);
            return;
        } catch (DomainException e) {
            Notices.problem(e);
            return;
        }
        Notices.success("announcement.sent");
        requestKey = UUID.randomUUID();
        subject.clear();
        text.clear();
        subjectEnglish.clear();
        textEnglish.clear();
        stale();
        sent.run();
    }

    /** Marks the fields; a problem in the English version opens it, so that the mark can be seen. */
    private void show(InvalidInputException e) {
        if (e.problem(AnnouncementRules.SUBJECT_ENGLISH).isPresent()
                || e.problem(AnnouncementRules.TEXT_ENGLISH).isPresent()) {
            english.setOpened(true);
        }
        problems.show(e);
    }

    /** What was counted and previewed no longer matches the form. */
    private void stale() {
        count.setVisible(false);
        preview.clear();
    }

    private AnnouncementDraft draft() {
        return new AnnouncementDraft(
                audience.value(),
                subject.getValue(),
                text.getValue(),
                subjectEnglish.getValue(),
                textEnglish.getValue());
    }

    private String countText(AudienceCount counted) {
        StringBuilder line = new StringBuilder(getTranslation("announcement.count.recipients", counted.recipients()));
        if (counted.optedOut() > 0) {
            line.append(' ').append(getTranslation("announcement.count.optedOut", counted.optedOut()));
        }
        if (counted.guests() > 0) {
            line.append(' ').append(getTranslation("announcement.count.guests", counted.guests()));
        }
        return line.toString();
    }

    private void textField(TextField field, String id, String labelKey, String name) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setMaxLength(AnnouncementRules.SUBJECT_MAX);
        field.setWidthFull();
        field.addValueChangeListener(change -> stale());
        problems.field(name, field);
    }

    private void textArea(TextArea field, String id, String labelKey, String name) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setMaxLength(AnnouncementRules.TEXT_MAX);
        field.setWidthFull();
        field.setMinHeight("12rem");
        field.addValueChangeListener(change -> stale());
        problems.field(name, field);
    }
}
