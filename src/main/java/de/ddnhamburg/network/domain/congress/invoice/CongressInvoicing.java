package de.ddnhamburg.network.domain.congress.invoice;

import de.ddnhamburg.network.domain.common.BundleTexts;
import de.ddnhamburg.network.domain.common.ClockConfig;
import de.ddnhamburg.network.domain.congress.BillableRegistration;
import de.ddnhamburg.network.domain.congress.BillingAddress;
import de.ddnhamburg.network.domain.congress.RegistrationInvoicing;
import de.ddnhamburg.network.domain.mail.MailAttachment;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues the invoices and credit notes of congress registrations, in the transaction of the change
 * that makes them due (the congress's, under its lock): a confirmed place in a paid category gets
 * one invoice; a change of category or giving up the place cancels the invoice in force with a
 * credit note that refers to it, followed by a new invoice where the new category is paid. An
 * invoice is never changed or deleted for this; a change of price or VAT rate of the category
 * after it was issued does not touch it either.
 *
 * <p>Locks, in this order after the congress row: the registration's invoices in force (so that a
 * payment recorded meanwhile is seen), then the numbering row for each number ({@link #issue}).
 * Numbers come from max + 1 of the year under that lock, so a transaction that rolls back takes its
 * number with it: no gaps, no repeats.
 */
@Component
class CongressInvoicing implements RegistrationInvoicing {

    static final String PDF = "application/pdf";

    private final InvoiceRepository invoices;
    private final InvoicePdfFileRepository files;
    private final InvoiceProperties settings;
    private final Clock clock;

    CongressInvoicing(
            InvoiceRepository invoices, InvoicePdfFileRepository files, InvoiceProperties settings, Clock clock) {
        this.invoices = invoices;
        this.files = files;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public List<MailAttachment> settle(BillableRegistration registration) {
        List<Invoice> inForce = invoices.findInForceForUpdate(registration.registrationId());
        boolean owes = registration.owes();
        if (owes && inForce.size() == 1 && inForce.getFirst().getCategoryId() == registration.categoryId()) {
            return List.of();
        }
        if (!owes && inForce.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ClockConfig.DISPLAY_ZONE);
        List<MailAttachment> issued = new ArrayList<>();
        for (Invoice original : inForce) {
            issued.add(creditNote(original, today, now, registration.language()));
        }
        if (owes) {
            issued.add(invoice(registration, today, now));
        }
        return issued;
    }

    private MailAttachment invoice(BillableRegistration registration, LocalDate today, Instant now) {
        BillingAddress billing = registration.billing();
        InvoiceRecipient recipient = new InvoiceRecipient(
                clip((registration.firstName() + " " + registration.lastName()).strip(), 201),
                billing.organisation(),
                billing.street(),
                billing.postcode(),
                billing.city());
        String description = clip(
                BundleTexts.text(
                        registration.language(),
                        "congress.invoice.pdf.description",
                        registration.congressTitle(),
                        registration.categoryName(),
                        recipient.name()),
                1000);
        InvoiceAmounts amounts = InvoiceAmounts.fromGross(registration.priceGross(), registration.vatRate());
        return issue(
                today,
                number -> new InvoiceDocument(
                        InvoiceKind.INVOICE,
                        number,
                        today,
                        now,
                        null,
                        null,
                        settings.issuer(),
                        recipient,
                        description,
                        registration.firstDay(),
                        registration.lastDay(),
                        amounts,
                        settings.paymentTerms(),
                        settings.exemptionNote(),
                        registration.language()),
                printed -> new Invoice(
                        printed,
                        null,
                        registration.registrationId(),
                        registration.congressId(),
                        registration.memberId(),
                        registration.categoryId(),
                        registration.categoryName()),
                null);
    }

    /** The credit note repeats the original's recipient, service and amounts (negated), never recomputed. */
    private MailAttachment creditNote(Invoice original, LocalDate today, Instant now, Locale language) {
        return issue(
                today,
                number -> new InvoiceDocument(
                        InvoiceKind.CREDIT_NOTE,
                        number,
                        today,
                        now,
                        original.getNumber(),
                        original.getIssuedOn(),
                        settings.issuer(),
                        original.recipient(),
                        original.getDescription(),
                        original.getServiceFrom(),
                        original.getServiceTo(),
                        original.amounts().negated(),
                        settings.paymentTerms(),
                        settings.exemptionNote(),
                        language),
                printed -> new Invoice(
                        printed,
                        original.id(),
                        original.getRegistrationId(),
                        original.getCongressId(),
                        original.getMemberId(),
                        original.getCategoryId(),
                        original.getCategoryName()),
                original);
    }

    /**
     * Takes the next number of the year under the numbering lock, prints the document and stores it
     * with its PDF; a credit note cancels its original in the same step.
     *
     * @param cancelled the invoice a credit note cancels
     */
    private MailAttachment issue(
            LocalDate today,
            Function<InvoiceNumber, InvoiceDocument> document,
            Function<InvoiceDocument, Invoice> row,
            @Nullable Invoice cancelled) {
        invoices.lockNumbering();
        InvoiceNumber number = new InvoiceNumber(today.getYear(), invoices.lastSequence(today.getYear()) + 1);
        InvoiceDocument printed = document.apply(number);
        byte[] pdf = InvoicePdf.render(printed);
        Invoice stored = invoices.save(row.apply(printed));
        files.save(new InvoicePdfFile(stored.id(), pdf));
        if (cancelled != null) {
            cancelled.cancelBy(stored);
        }
        return MailAttachment.binary(printed.fileName(), PDF, pdf);
    }

    private static String clip(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
