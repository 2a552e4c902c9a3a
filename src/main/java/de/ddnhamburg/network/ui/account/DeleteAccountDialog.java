package de.ddnhamburg.network.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.member.AccountRules;
import de.ddnhamburg.network.domain.member.AccountService;
import de.ddnhamburg.network.ui.components.FieldProblems;

/**
 * Says what deleting the account removes and what is kept, and deletes it only with the current
 * password. {@code afterDeletion} ends the session.
 */
class DeleteAccountDialog extends Dialog {

    DeleteAccountDialog(AccountService accounts, Runnable afterDeletion) {
        setId("delete-account-dialog");
        setHeaderTitle(getTranslation("account.delete.dialog.title"));
        setWidth("36rem");
        FieldProblems problems = new FieldProblems(this);
        PasswordField password = problems.field(
                AccountRules.CURRENT_PASSWORD, new PasswordField(getTranslation("account.password.current")));
        password.setId("delete-password");
        password.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        password.setRequiredIndicatorVisible(true);
        password.setWidthFull();
        add(
                new Paragraph(getTranslation("account.delete.dialog.text")),
                new Paragraph(getTranslation("account.delete.dialog.kept")),
                password);

        Button cancel = new Button(getTranslation("account.delete.dialog.cancel"), click -> close());
        cancel.setId("delete-cancel");
        Button confirm = new Button(getTranslation("account.delete.dialog.confirm"), click -> {
            try {
                accounts.deleteAccount(password.getValue());
            } catch (InvalidInputException e) {
                problems.show(e);
                return;
            }
            close();
            afterDeletion.run();
        });
        confirm.setId("delete-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(cancel, confirm);
    }
}
