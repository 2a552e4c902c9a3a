package de.ddnhamburg.network.ui.congress.registration;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import de.ddnhamburg.network.domain.congress.BillingAddress;
import de.ddnhamburg.network.domain.congress.CongressRegistrationRules;

/** For a paid category: the billing address, kept for the invoice. */
class BillingStep extends WizardStep {

    private final TextField organisation = field(CongressRegistrationRules.BILLING_ORGANISATION, new TextField());
    private final TextField street = field(CongressRegistrationRules.BILLING_STREET, new TextField());
    private final TextField postcode = field(CongressRegistrationRules.BILLING_POSTCODE, new TextField());
    private final TextField city = field(CongressRegistrationRules.BILLING_CITY, new TextField());

    BillingStep() {
        super("step-billing");
        organisation.setId("wizard-billing-organisation");
        organisation.setLabel(getTranslation("congress.wizard.billing.organisation"));
        organisation.setMaxLength(CongressRegistrationRules.ORGANISATION_MAX);
        organisation.setAutocomplete(Autocomplete.ORGANIZATION);
        street.setId("wizard-billing-street");
        street.setLabel(getTranslation("congress.wizard.billing.street"));
        street.setMaxLength(CongressRegistrationRules.STREET_MAX);
        street.setAutocomplete(Autocomplete.STREET_ADDRESS);
        street.setRequiredIndicatorVisible(true);
        postcode.setId("wizard-billing-postcode");
        postcode.setLabel(getTranslation("congress.wizard.billing.postcode"));
        postcode.setMaxLength(CongressRegistrationRules.POSTCODE_MAX);
        postcode.setAutocomplete(Autocomplete.POSTAL_CODE);
        postcode.setRequiredIndicatorVisible(true);
        city.setId("wizard-billing-city");
        city.setLabel(getTranslation("congress.wizard.billing.city"));
        city.setMaxLength(CongressRegistrationRules.CITY_MAX);
        city.setAutocomplete(Autocomplete.ADDRESS_LEVEL2);
        city.setRequiredIndicatorVisible(true);
        FormLayout form = new FormLayout(organisation, street, postcode, city);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        add(new Paragraph(getTranslation("congress.wizard.billing.lead")), form);
    }

    @Override
    void enter(RequestDraft draft) {
        if (organisation.isEmpty() && !draft.organisation.isBlank()) {
            organisation.setValue(draft.organisation.strip());
        }
    }

    @Override
    String titleKey() {
        return "congress.wizard.step.billing";
    }

    @Override
    void writeTo(RequestDraft draft) {
        draft.billing =
                new BillingAddress(organisation.getValue(), street.getValue(), postcode.getValue(), city.getValue());
    }
}
