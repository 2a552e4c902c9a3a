package de.ddnhamburg.network.ui.congress.registration;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import de.ddnhamburg.network.domain.congress.CategoryOption;
import de.ddnhamburg.network.domain.congress.CongressRegistrationRules;
import de.ddnhamburg.network.domain.congress.PickOutcome;
import de.ddnhamburg.network.domain.congress.RegistrationAnswers;
import de.ddnhamburg.network.domain.congress.RegistrationPreview;
import de.ddnhamburg.network.ui.RoutePaths;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The last step: everything at a glance, with what submitting now would give (the service's
 * forecast); if a workshop filled since the person chose it, a note says which choice changed.
 * The consent to the privacy notice and the terms is given here.
 */
class SummaryStep extends WizardStep {

    private final Div overview = new Div();
    private final Paragraph changed = new Paragraph();
    private final Checkbox consent = field(CongressRegistrationRules.CONSENT, new Checkbox());

    SummaryStep() {
        super("step-summary");
        overview.setId("summary-overview");
        overview.addClassName("wizard-summary");
        changed.setId("summary-changed");
        changed.addClassNames("wizard-changed", "notice");
        changed.getElement().setAttribute("role", "alert");
        changed.setVisible(false);
        consent.setId("wizard-consent");
        consent.setLabel(getTranslation("congress.wizard.consent"));
        consent.setRequiredIndicatorVisible(true);
        // A new tab, so that reading the notice does not lose what was typed here.
        Anchor privacy =
                new Anchor(RoutePaths.PRIVACY, getTranslation("congress.wizard.privacyLink"), AnchorTarget.BLANK);
        privacy.setId("wizard-privacy-link");
        privacy.getElement().setAttribute("rel", "noopener");
        Div consentBlock = new Div(consent, privacy);
        consentBlock.addClassName("consent");
        add(changed, overview, consentBlock);
    }

    /** Shows the draft with the forecast; {@code changes} are the picks whose outcome changed meanwhile. */
    void present(
            RequestDraft draft,
            CategoryOption category,
            RegistrationPreview preview,
            List<PickOutcome> changes,
            boolean billed) {
        overview.removeAll();
        section(
                "congress.wizard.step.participant",
                (draft.firstName.strip() + " " + draft.lastName.strip()).strip(),
                draft.email.strip(),
                draft.organisation.strip());
        String place = preview.approvalRequired()
                ? getTranslation("congress.wizard.summary.approval")
                : preview.categoryPlace()
                        ? getTranslation("congress.wizard.summary.place")
                        : getTranslation("congress.wizard.summary.categoryWaiting", preview.categoryWaitingPosition());
        section("congress.wizard.step.category", CongressTexts.category(this, category), place);
        if (!preview.picks().isEmpty()) {
            section(
                    "congress.wizard.step.sessions",
                    preview.picks().stream()
                            .map(pick -> CongressTexts.outcome(this, pick))
                            .toArray(String[]::new));
        }
        RegistrationAnswers answers = draft.answers;
        section(
                "congress.wizard.step.questions",
                line("congress.wizard.dietary", answers.dietaryNeeds()),
                line("congress.wizard.accessibility", answers.accessibilityNeeds()),
                getTranslation(
                        answers.showInParticipants()
                                ? "congress.wizard.summary.listed"
                                : "congress.wizard.summary.notListed"));
        if (billed) {
            section(
                    "congress.wizard.step.billing",
                    nullToEmpty(draft.billing.organisation()),
                    nullToEmpty(draft.billing.street()),
                    (nullToEmpty(draft.billing.postcode()) + " " + nullToEmpty(draft.billing.city())).strip());
        }
        changed.setVisible(!changes.isEmpty());
        changed.setText(
                changes.isEmpty()
                        ? ""
                        : getTranslation("congress.wizard.summary.changed")
                                + " "
                                + String.join(
                                        " ",
                                        changes.stream()
                                                .map(pick -> CongressTexts.outcome(this, pick))
                                                .toList()));
    }

    private void section(String headingKey, String... lines) {
        UnorderedList list = new UnorderedList();
        for (String line : lines) {
            if (!line.isBlank()) {
                list.add(new ListItem(line));
            }
        }
        Div section = new Div(new H3(getTranslation(headingKey)), list);
        section.addClassName("wizard-summary-section");
        overview.add(section);
    }

    private String line(String labelKey, @Nullable String value) {
        return value == null || value.isBlank() ? "" : getTranslation(labelKey) + ": " + value.strip();
    }

    private static String nullToEmpty(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    boolean changeShown() {
        return changed.isVisible();
    }

    @Override
    String titleKey() {
        return "congress.wizard.step.summary";
    }

    @Override
    void writeTo(RequestDraft draft) {
        draft.consent = consent.getValue();
    }
}
