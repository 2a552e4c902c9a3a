package de.ddnhamburg.network.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.member.AccountRules;
import de.ddnhamburg.network.domain.member.JoiningService;
import de.ddnhamburg.network.ui.components.FieldProblems;

/** Asks for a new confirmation link; the answer is the same for every address. */
class ResendConfirmationForm extends Div {

    ResendConfirmationForm(JoiningService joining) {
        addClassName("resend-confirmation");
        FieldProblems problems = new FieldProblems(this);
        EmailField email = problems.field(AccountRules.EMAIL, new EmailField(getTranslation("login.email")));
        email.setId("resend-email");
        email.setAutocomplete(Autocomplete.EMAIL);
        Button send = new Button(getTranslation("account.confirm.resend.submit"));
        send.setId("resend-submit");
        send.addClickListener(click -> {
            try {
                joining.resendConfirmation(email.getValue());
            } catch (InvalidInputException e) {
                problems.show(e);
                return;
            }
            removeAll();
            add(Messages.status("resend-done", getTranslation("account.confirm.resend.done")));
        });
        add(
                new H2(getTranslation("account.confirm.resend.title")),
                new Paragraph(getTranslation("account.confirm.resend.text")),
                email,
                send);
    }
}
