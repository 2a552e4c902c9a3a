package de.ddnhamburg.network.domain.congress.invoice;

import de.ddnhamburg.network.domain.common.export.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Invoices and credit notes as a table for the accounting
 * ({@link de.ddnhamburg.network.domain.common.export.TableExport} writes the CSV for German Excel):
 * one row per document in the order of their numbers, amounts as numbers (a credit note's
 * negative), dates as ISO dates. Headers from the translation bundles, like the participant lists.
 */
@Component
class InvoiceExport {

    private static final String BUNDLE = "i18n/messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final String[] COLUMNS = {
        "number",
        "kind",
        "issuedOn",
        "refersTo",
        "recipient",
        "organisation",
        "street",
        "postcode",
        "city",
        "description",
        "serviceFrom",
        "serviceTo",
        "category",
        "net",
        "vatRate",
        "vat",
        "gross",
        "status",
        "paidOn",
        "registration"
    };

    Table table(List<Invoice> documents, Locale locale) {
        List<String> headers = new ArrayList<>();
        for (String column : COLUMNS) {
            headers.add(text(locale, "congress.invoice.export." + column));
        }
        Table.Builder table = Table.titled(text(locale, "congress.invoice.export.sheet"), headers);
        for (Invoice invoice : documents) {
            InvoiceRecipient recipient = invoice.recipient();
            InvoiceAmounts amounts = invoice.amounts();
            PaymentStatus status = invoice.getStatus();
            table.row(
                    invoice.getNumber(),
                    text(locale, "congress.invoice.kind." + invoice.getKind().name()),
                    invoice.getIssuedOn().toString(),
                    orEmpty(invoice.getRefersToNumber()),
                    recipient.name(),
                    orEmpty(recipient.organisation()),
                    orEmpty(recipient.street()),
                    orEmpty(recipient.postcode()),
                    orEmpty(recipient.city()),
                    invoice.getDescription(),
                    invoice.getServiceFrom().toString(),
                    invoice.getServiceTo().toString(),
                    invoice.getCategoryName(),
                    amounts.net(),
                    amounts.vatRate(),
                    amounts.vat(),
                    amounts.gross(),
                    status == null ? "" : text(locale, "congress.invoice.status." + status.name()),
                    invoice.getPaidOn() == null ? "" : invoice.getPaidOn().toString(),
                    invoice.getRegistrationId());
        }
        return table.build();
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static String text(Locale locale, String key) {
        Locale bundle = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, bundle, NO_FALLBACK).getString(key);
    }
}
