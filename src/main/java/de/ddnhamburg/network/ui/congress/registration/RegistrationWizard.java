package de.ddnhamburg.network.ui.congress.registration;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.congress.CategoryOption;
import de.ddnhamburg.network.domain.congress.CongressGuestRegistrationService;
import de.ddnhamburg.network.domain.congress.MemberCongressRegistrationService;
import de.ddnhamburg.network.domain.congress.RegistrationDetails;
import de.ddnhamburg.network.domain.congress.RegistrationOptions;
import de.ddnhamburg.network.domain.congress.RegistrationOptionsService;
import de.ddnhamburg.network.domain.congress.RegistrationPreview;
import de.ddnhamburg.network.domain.congress.RegistrationRequest;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.components.Notices;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The steps of a congress registration that is open: participant, category, sessions (if a slot
 * offers a choice), questions, billing address (paid categories), summary, with the progress above
 * and Back, Next and Register below. Each step is checked by the service's rules before the next;
 * all steps keep their fields, so Back loses nothing. {@link CongressRegistrationView} decides
 * whether the wizard is shown at all and what a guest sees afterwards.
 */
final class RegistrationWizard extends Div {

    private final RegistrationOptionsService options;
    private final MemberCongressRegistrationService members;
    private final CongressGuestRegistrationService guests;
    private final long congressId;
    private final boolean member;
    private final Consumer<String> registeredAsGuest;

    private final List<WizardStep> allSteps = new ArrayList<>();
    private final ParticipantStep participant;
    private final CategoryStep category;
    private final BillingStep billing;
    private final SummaryStep summary;
    private @Nullable WizardStep current;
    private @Nullable RegistrationPreview chosenPreview;
    private final Div progress = new Div();
    private final H2 heading = new H2();
    private final Div body = new Div();
    private final Button back = new Button();
    private final Button next = new Button();
    private final Button submit = new Button();

    /** @param registeredAsGuest gets the address a guest's registration was sent to; a member is led to it */
    RegistrationWizard(
            RegistrationOptions found,
            RegistrationOptionsService options,
            MemberCongressRegistrationService members,
            CongressGuestRegistrationService guests,
            Consumer<String> registeredAsGuest) {
        this.options = options;
        this.members = members;
        this.guests = guests;
        this.congressId = found.congressId();
        this.member = found.member();
        this.registeredAsGuest = registeredAsGuest;
        participant = new ParticipantStep(member ? members.defaults() : null);
        category = new CategoryStep(found.categories(), this::redeem);
        category.onChoice(this::showProgress);
        allSteps.add(participant);
        allSteps.add(category);
        if (!found.choices().isEmpty()) {
            allSteps.add(new SessionStep(
                    found.choices(), () -> options.options(congressId, code()).choices()));
        }
        allSteps.add(new QuestionsStep());
        billing = new BillingStep();
        allSteps.add(billing);
        summary = new SummaryStep();
        allSteps.add(summary);

        progress.setId("wizard-progress");
        progress.addClassName("wizard-progress");
        heading.setId("wizard-heading");
        heading.getElement().setAttribute("tabindex", "-1");
        body.addClassName("wizard-body");
        back.setText(getTranslation("congress.wizard.back"));
        back.setId("wizard-back");
        back.addClickListener(click -> move(-1));
        next.setText(getTranslation("congress.wizard.next"));
        next.setId("wizard-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(click -> forward());
        submit.setText(getTranslation(member ? "congress.wizard.submit.member" : "congress.wizard.submit.guest"));
        submit.setId("wizard-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        // One click, one registration: the button stays disabled unless the service refuses.
        submit.setDisableOnClick(true);
        submit.addClickListener(click -> submit());
        Div buttons = new Div(back, next, submit);
        buttons.addClassName("wizard-buttons");
        add(progress, heading, body, buttons);
        show(participant);
    }

    /** The steps that apply to what is chosen: billing only for a paid category. */
    private List<WizardStep> steps() {
        CategoryOption chosen = category.chosen();
        boolean paid = chosen != null && chosen.paid();
        return allSteps.stream().filter(step -> step != billing || paid).toList();
    }

    private void show(WizardStep step) {
        current = step;
        List<WizardStep> steps = steps();
        int index = steps.indexOf(step);
        RequestDraft draft = draft();
        step.enter(draft);
        showProgress();
        heading.setText(getTranslation(step.titleKey()));
        body.removeAll();
        body.add(step);
        back.setVisible(index > 0);
        boolean last = step == summary;
        next.setVisible(!last);
        submit.setVisible(last);
        submit.setEnabled(true);
        if (last) {
            presentSummary(draft);
        }
        heading.getElement().callJsFunction("focus");
    }

    /** "Schritt 2 von 5" and the step names; a paid category adds the billing step as soon as it is chosen. */
    private void showProgress() {
        List<WizardStep> steps = steps();
        int index = steps.indexOf(Objects.requireNonNull(current));
        progress.removeAll();
        Paragraph counter = new Paragraph(getTranslation("congress.wizard.progress", index + 1, steps.size()));
        counter.setId("wizard-step-counter");
        OrderedList names = new OrderedList();
        for (int i = 0; i < steps.size(); i++) {
            ListItem item = new ListItem(getTranslation(steps.get(i).titleKey()));
            item.addClassName(i < index ? "done" : i == index ? "current" : "later");
            if (i == index) {
                item.getElement().setAttribute("aria-current", "step");
            }
            names.add(item);
        }
        progress.add(counter, names);
    }

    private void presentSummary(RequestDraft draft) {
        CategoryOption chosen = Objects.requireNonNull(category.chosen());
        RegistrationPreview now = options.preview(congressId, chosen.id(), draft.accessCode, draft.picks);
        RegistrationPreview earlier = chosenPreview == null ? now : chosenPreview;
        summary.present(draft, chosen, now, now.changedSince(earlier), chosen.paid());
    }

    private void move(int by) {
        List<WizardStep> steps = steps();
        int index = steps.indexOf(Objects.requireNonNull(current)) + by;
        show(steps.get(Math.max(0, Math.min(steps.size() - 1, index))));
    }

    /** Next: only when this step's fields pass the service's rules. */
    private void forward() {
        WizardStep step = Objects.requireNonNull(current);
        step.clearProblems();
        if (!step.readyToLeave()) {
            Notices.error("validation.form.invalid");
            return;
        }
        RequestDraft draft = draft();
        try {
            options.check(draft.toRequest(getLocale()));
        } catch (InvalidInputException e) {
            if (step.show(e)) {
                return;
            }
        }
        if (step instanceof SessionStep) {
            // What the person saw when choosing; the summary compares it with what holds then.
            chosenPreview = options.preview(congressId, draft.categoryId, draft.accessCode, draft.picks);
        }
        move(1);
    }

    private void submit() {
        RegistrationRequest request = draft().toRequest(getLocale());
        try {
            if (member) {
                RegistrationDetails done = members.register(request);
                getUI().ifPresent(ui -> ui.navigate(
                        RoutePaths.CONGRESS_MY_REGISTRATION,
                        QueryParameters.of(done.existing() ? "bereits" : "neu", "1")));
            } else {
                guests.register(request);
                registeredAsGuest.accept(participant.email());
            }
        } catch (InvalidInputException e) {
            submit.setEnabled(true);
            for (WizardStep step : steps()) {
                if (step.show(e)) {
                    if (step != current) {
                        show(step);
                        step.show(e);
                    }
                    return;
                }
            }
            Notices.error("validation.form.invalid");
        } catch (DomainException e) {
            submit.setEnabled(true);
            Notices.problem(e);
        }
    }

    private @Nullable List<CategoryOption> redeem(String code) {
        if (!options.codeOpensCategory(congressId, code)) {
            return null;
        }
        return options.options(congressId, code).categories();
    }

    private @Nullable String code() {
        RequestDraft draft = new RequestDraft(congressId);
        category.writeTo(draft);
        return draft.accessCode;
    }

    private RequestDraft draft() {
        RequestDraft draft = new RequestDraft(congressId);
        for (WizardStep step : steps()) {
            step.writeTo(draft);
        }
        return draft;
    }
}
