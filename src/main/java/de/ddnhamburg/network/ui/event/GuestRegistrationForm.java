package de.ddnhamburg.network.ui.event;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.event.GuestOffer;
import de.ddnhamburg.network.domain.event.GuestRegistrationRequest;
import de.ddnhamburg.network.domain.event.GuestRegistrationService;
import de.ddnhamburg.network.domain.event.GuestRules;
import de.ddnhamburg.network.domain.event.SeatKind;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.account.JoinView;
import de.ddnhamburg.network.ui.account.LoginView;
import de.ddnhamburg.network.ui.components.FieldProblems;
import de.ddnhamburg.network.ui.components.Notices;

/**
 * The part of an event page that guests see instead of the members' buttons: a registration form
 * when the event takes guests, else an invitation to log in or join. After sending, the same answer
 * whatever the service did with the address, so the page reveals nobody's registration.
 */
class GuestRegistrationForm extends Div {

    private final GuestRegistrationService guests;
    private final long eventId;
    private final FieldProblems problems = new FieldProblems(this);
    private final TextField name = problems.field(GuestRules.NAME, new TextField());
    private final EmailField email = problems.field(GuestRules.EMAIL, new EmailField());
    private final TextField organisation = problems.field(GuestRules.ORGANISATION, new TextField());
    private final RadioButtonGroup<SeatKind> seat = problems.field(GuestRules.SEAT, new RadioButtonGroup<>());
    private final Checkbox consent = problems.field(GuestRules.CONSENT, new Checkbox());
    private final Button submit = new Button();

    GuestRegistrationForm(GuestRegistrationService guests, long eventId) {
        this.guests = guests;
        this.eventId = eventId;
        setId("guest-registration");
        addClassName("guest-registration");
        GuestOffer offer = guests.offer(eventId);
        if (!offer.guestsAllowed()) {
            showMembersOnly();
        } else if (!offer.open()) {
            Paragraph closed = new Paragraph(getTranslation("event.guest.form.closed"));
            closed.setId("guest-closed");
            add(closed);
        } else {
            showForm(offer);
        }
    }

    private void showMembersOnly() {
        Paragraph text = new Paragraph(getTranslation("event.guest.membersOnly"));
        text.setId("guest-members-only");
        RouterLink login = new RouterLink(getTranslation("event.guest.login"), LoginView.class);
        login.setId("guest-login-link");
        login.addClassName("button-link");
        RouterLink join = new RouterLink(getTranslation("event.guest.join"), JoinView.class);
        join.setId("guest-join-link");
        add(text, new Div(login, join));
    }

    private void showForm(GuestOffer offer) {
        long hours = Math.max(1, offer.hold().toHours());
        name.setId("guest-name");
        name.setLabel(getTranslation("event.guest.form.name"));
        name.setMaxLength(GuestRules.NAME_MAX);
        name.setAutocomplete(Autocomplete.NAME);
        name.setRequiredIndicatorVisible(true);
        email.setId("guest-email");
        email.setLabel(getTranslation("event.guest.form.email"));
        email.setMaxLength(GuestRules.EMAIL_MAX);
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setRequiredIndicatorVisible(true);
        organisation.setId("guest-organisation");
        organisation.setLabel(getTranslation("event.guest.form.organisation"));
        organisation.setMaxLength(GuestRules.ORGANISATION_MAX);
        organisation.setAutocomplete(Autocomplete.ORGANIZATION);
        FormLayout form = new FormLayout(name, email, organisation);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        if (offer.seatKinds().size() > 1) {
            seat.setId("guest-seat");
            seat.setLabel(getTranslation("event.guest.form.seat"));
            seat.setItems(offer.seatKinds());
            seat.setItemLabelGenerator(kind -> getTranslation("event.seat." + kind.name()));
            seat.setRequiredIndicatorVisible(true);
            form.add(seat);
        }
        consent.setId("guest-consent");
        consent.setLabel(getTranslation("event.guest.form.consent"));
        consent.setRequiredIndicatorVisible(true);
        // A new tab, so that reading the notice does not lose what was typed here.
        Anchor privacy =
                new Anchor(RoutePaths.PRIVACY, getTranslation("event.guest.form.privacyLink"), AnchorTarget.BLANK);
        privacy.setId("guest-privacy-link");
        privacy.getElement().setAttribute("rel", "noopener");
        Div consentBlock = new Div(consent, privacy);
        consentBlock.addClassName("consent");
        submit.setText(getTranslation("event.guest.form.submit"));
        submit.setId("guest-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(click -> submit(hours));
        add(
                new H2(getTranslation("event.guest.form.title")),
                new Paragraph(getTranslation("event.guest.form.lead", hours)),
                form,
                consentBlock,
                submit);
    }

    private void submit(long hours) {
        problems.clear();
        GuestRegistrationRequest request = new GuestRegistrationRequest(
                name.getValue(),
                email.getValue(),
                organisation.getValue(),
                seat.getValue(),
                consent.getValue(),
                getLocale());
        try {
            guests.register(eventId, request);
        } catch (InvalidInputException e) {
            problems.show(e);
            submit.setEnabled(true);
            return;
        } catch (DomainException e) {
            Notices.problem(e);
            submit.setEnabled(true);
            return;
        }
        removeAll();
        Paragraph done = new Paragraph(
                getTranslation("event.guest.form.done", email.getValue().strip()));
        done.setId("guest-done");
        done.getElement().setAttribute("role", "status");
        add(
                new H2(getTranslation("event.guest.form.title")),
                done,
                new Paragraph(getTranslation("event.guest.form.doneHint", hours)));
    }
}
