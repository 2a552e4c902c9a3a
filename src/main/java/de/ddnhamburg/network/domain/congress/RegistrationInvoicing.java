package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.mail.MailAttachment;
import java.util.List;

/**
 * Invoices of paid registrations (§ 14 UStG), declared here and implemented by
 * {@code congress.invoice}, so that the congress does not depend on how invoices are numbered,
 * printed and kept. {@link CongressMails} calls it before every mail about a registration's state
 * (registered, confirmed, approved, promoted, changed, cancelled), in the transaction that changed
 * the registration and under the congress lock; account deletion calls it after cancelling. The
 * documents it issues travel with that mail.
 */
public interface RegistrationInvoicing {

    /**
     * Brings the registration's invoices in line with what it owes now: a confirmed place in a paid
     * category is invoiced once; when the category changes or the place is given up, the invoice in
     * force is cancelled by a credit note, and the new category invoiced where it is paid. Calling it
     * again without a change issues nothing.
     *
     * @return the documents issued by this call (credit note first, then the new invoice), as PDF
     *     attachments for the mail about the change; empty when nothing changed
     */
    List<MailAttachment> settle(BillableRegistration registration);
}
