package de.ddnhamburg.network.ui.congress.registration;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import de.ddnhamburg.network.domain.congress.CongressRegistrationRules;
import de.ddnhamburg.network.domain.congress.RegistrantDefaults;
import org.jspecify.annotations.Nullable;

/**
 * Step 1: who registers. Members find their account's name and organisation filled in (and their
 * address shown, since mails go there); guests give name, address and organisation.
 */
class ParticipantStep extends WizardStep {

    private final TextField firstName = field(CongressRegistrationRules.FIRST_NAME, new TextField());
    private final TextField lastName = field(CongressRegistrationRules.LAST_NAME, new TextField());
    private final EmailField email = field(CongressRegistrationRules.EMAIL, new EmailField());
    private final TextField organisation = field(CongressRegistrationRules.ORGANISATION, new TextField());

    ParticipantStep(@Nullable RegistrantDefaults member) {
        super("step-participant");
        firstName.setId("wizard-first-name");
        firstName.setLabel(getTranslation("congress.wizard.firstName"));
        firstName.setMaxLength(CongressRegistrationRules.NAME_MAX);
        firstName.setAutocomplete(Autocomplete.GIVEN_NAME);
        firstName.setRequiredIndicatorVisible(true);
        lastName.setId("wizard-last-name");
        lastName.setLabel(getTranslation("congress.wizard.lastName"));
        lastName.setMaxLength(CongressRegistrationRules.NAME_MAX);
        lastName.setAutocomplete(Autocomplete.FAMILY_NAME);
        lastName.setRequiredIndicatorVisible(true);
        email.setId("wizard-email");
        email.setLabel(getTranslation("congress.wizard.email"));
        email.setMaxLength(CongressRegistrationRules.EMAIL_MAX);
        email.setAutocomplete(Autocomplete.EMAIL);
        organisation.setId("wizard-organisation");
        organisation.setLabel(getTranslation("congress.wizard.organisation"));
        organisation.setMaxLength(CongressRegistrationRules.ORGANISATION_MAX);
        organisation.setAutocomplete(Autocomplete.ORGANIZATION);
        FormLayout form = new FormLayout(firstName, lastName, email, organisation);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        Paragraph lead = new Paragraph();
        lead.setId("participant-lead");
        if (member != null) {
            lead.setText(getTranslation("congress.wizard.participant.member"));
            firstName.setValue(member.firstName());
            lastName.setValue(member.lastName());
            organisation.setValue(member.organisation() == null ? "" : member.organisation());
            email.setValue(member.email());
            email.setReadOnly(true);
            email.setHelperText(getTranslation("congress.wizard.email.member"));
        } else {
            lead.setText(getTranslation("congress.wizard.participant.guest"));
            email.setRequiredIndicatorVisible(true);
            email.setHelperText(getTranslation("congress.wizard.email.guest"));
        }
        add(lead, form);
    }

    @Override
    String titleKey() {
        return "congress.wizard.step.participant";
    }

    @Override
    void writeTo(RequestDraft draft) {
        draft.firstName = firstName.getValue();
        draft.lastName = lastName.getValue();
        draft.email = email.getValue();
        draft.organisation = organisation.getValue();
    }

    String email() {
        return email.getValue().strip();
    }
}
