/**
 * Invoices and credit notes of paid congress registrations (§ 14 UStG): numbered without gaps per
 * year, printed as PDF with PDFBox, mailed with the registration's mails, never changed after they
 * are issued except for their payment status, and kept for the legal retention period with their
 * own copy of the recipient. The congress reaches it only through
 * {@link de.ddnhamburg.network.domain.congress.RegistrationInvoicing}, which
 * {@link de.ddnhamburg.network.domain.congress.invoice.CongressInvoicing} implements.
 */
@NullMarked
package de.ddnhamburg.network.domain.congress.invoice;

import org.jspecify.annotations.NullMarked;
