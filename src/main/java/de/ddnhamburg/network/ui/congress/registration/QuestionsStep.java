package de.ddnhamburg.network.ui.congress.registration;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import de.ddnhamburg.network.domain.congress.CongressRegistrationRules;
import de.ddnhamburg.network.domain.congress.HeardFrom;
import de.ddnhamburg.network.domain.congress.RegistrationAnswers;
import org.jspecify.annotations.Nullable;

/**
 * The questions: dietary and accessibility needs (possibly health data, so kept only with an
 * explicit consent), whether to appear in the participant list, how they heard of the congress.
 * Used by the wizard and, with the answers given, on "Meine Anmeldung".
 */
class QuestionsStep extends WizardStep {

    private final TextArea dietary = field(CongressRegistrationRules.DIETARY, new TextArea());
    private final TextArea accessibility = field(CongressRegistrationRules.ACCESSIBILITY, new TextArea());
    private final Checkbox healthConsent = field(CongressRegistrationRules.HEALTH_CONSENT, new Checkbox());
    private final Checkbox participants = new Checkbox();
    private final Select<HeardFrom> heardFrom = new Select<>();

    QuestionsStep() {
        super("step-questions");
        dietary.setId("wizard-dietary");
        dietary.setLabel(getTranslation("congress.wizard.dietary"));
        dietary.setHelperText(getTranslation("congress.wizard.dietary.help"));
        dietary.setMaxLength(CongressRegistrationRules.NEEDS_MAX);
        accessibility.setId("wizard-accessibility");
        accessibility.setLabel(getTranslation("congress.wizard.accessibility"));
        accessibility.setHelperText(getTranslation("congress.wizard.accessibility.help"));
        accessibility.setMaxLength(CongressRegistrationRules.NEEDS_MAX);
        healthConsent.setId("wizard-health-consent");
        healthConsent.setLabel(getTranslation("congress.wizard.healthConsent"));
        Paragraph healthNote = new Paragraph(getTranslation("congress.wizard.healthConsent.note"));
        healthNote.addClassName("wizard-note");
        Div needs = new Div(dietary, accessibility, healthNote, healthConsent);
        needs.addClassName("wizard-needs");
        participants.setId("wizard-participants");
        participants.setLabel(getTranslation("congress.wizard.participants"));
        Paragraph participantsNote = new Paragraph(getTranslation("congress.wizard.participants.note"));
        participantsNote.addClassName("wizard-note");
        heardFrom.setId("wizard-heard-from");
        heardFrom.setLabel(getTranslation("congress.wizard.heardFrom"));
        heardFrom.setItems(HeardFrom.values());
        heardFrom.setEmptySelectionAllowed(true);
        heardFrom.setEmptySelectionCaption(getTranslation("congress.wizard.heardFrom.none"));
        heardFrom.setItemLabelGenerator(value -> value == null
                ? getTranslation("congress.wizard.heardFrom.none")
                : getTranslation("congress.heardFrom." + value.name()));
        add(needs, participants, participantsNote, heardFrom);
    }

    @Override
    String titleKey() {
        return "congress.wizard.step.questions";
    }

    @Override
    void writeTo(RequestDraft draft) {
        draft.answers = answers();
    }

    RegistrationAnswers answers() {
        return new RegistrationAnswers(
                dietary.getValue(),
                accessibility.getValue(),
                healthConsent.getValue(),
                participants.getValue(),
                heardFrom.getValue());
    }

    void show(RegistrationAnswers answers) {
        dietary.setValue(orEmpty(answers.dietaryNeeds()));
        accessibility.setValue(orEmpty(answers.accessibilityNeeds()));
        healthConsent.setValue(answers.healthConsent());
        participants.setValue(answers.showInParticipants());
        heardFrom.setValue(answers.heardFrom());
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
