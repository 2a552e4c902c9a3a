package de.ddnhamburg.network.ui.congress.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.congress.invoice.InvoiceItem;
import de.ddnhamburg.network.domain.congress.invoice.InvoicePaymentService;
import de.ddnhamburg.network.ui.components.ComponentTexts;
import de.ddnhamburg.network.ui.components.Notices;
import java.time.LocalDate;

/**
 * Asks before a payment is recorded, and for its date (today unless the bank statement says
 * otherwise; never a day to come): recording it mails the participant and cannot be taken back.
 */
class MarkPaidDialog extends Dialog {

    MarkPaidDialog(CongressInvoicesView view, InvoicePaymentService payments, InvoiceItem invoice, LocalDate today) {
        setId("invoice-paid-dialog");
        setHeaderTitle(getTranslation("congress.invoice.confirmPaid.title", invoice.number()));
        DatePicker paidOn = ComponentTexts.localize(new DatePicker(getTranslation("congress.invoice.paidOnField")));
        paidOn.setId("invoice-paid-on");
        paidOn.setValue(today);
        paidOn.setMax(today);
        paidOn.setRequired(true);
        add(
                new Paragraph(getTranslation(
                        "congress.invoice.confirmPaid.text",
                        invoice.number(),
                        view.money(invoice.gross()),
                        invoice.recipientName())),
                paidOn);
        Button confirm = new Button(getTranslation("congress.invoice.confirmPaid.confirm"), click -> {
            LocalDate day = paidOn.getValue();
            if (day == null || day.isAfter(today)) {
                paidOn.setInvalid(true);
                paidOn.setErrorMessage(getTranslation("congress.invoice.paidOnMissing"));
                return;
            }
            try {
                payments.markPaid(invoice.id(), day);
                Notices.success("congress.invoice.paidSaved", invoice.number());
                close();
            } catch (DomainException problem) {
                Notices.problem(problem);
            }
            view.refresh();
        });
        confirm.setId("invoice-paid-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("confirm.cancel"), click -> close());
        cancel.setId("invoice-paid-cancel");
        getFooter().add(cancel, confirm);
    }
}
