package de.ddnhamburg.network.domain.congress.invoice;

import de.ddnhamburg.network.domain.common.BundleTexts;
import de.ddnhamburg.network.domain.common.LocalFormats;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Where everything stands on an invoice's page, laid out after DIN 5008: issuer at the top, the
 * recipient in the window of a DL envelope, number and dates beside it, the line with net amount,
 * VAT and gross below, the notes, and the issuer's details in the footer. Texts come from the
 * translation bundles in the recipient's language, dates and amounts from {@link LocalFormats};
 * {@link InvoiceText} sets them, {@link InvoicePdf} makes the document around them.
 */
final class InvoiceLayout {

    private static final float MM = 72f / 25.4f;
    private static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
    private static final float LEFT = 25 * MM;
    private static final float RIGHT = PDRectangle.A4.getWidth() - 20 * MM;
    private static final float INFO_LEFT = 112 * MM;
    private static final float AMOUNT_LABELS = 120 * MM;

    private final InvoiceText page;
    private final Locale language;

    InvoiceLayout(InvoiceText page, Locale language) {
        this.page = page;
        this.language = language;
    }

    /** Writes the whole invoice onto the page. */
    void print(InvoiceDocument invoice) throws IOException {
        InvoiceProperties.Issuer issuer = invoice.issuer();
        List<String> issuerAddress = lines(issuer.address());

        // The issuer, top right.
        float y = PAGE_HEIGHT - 20 * MM;
        page.textRight(issuer.name(), RIGHT, y, 12, true);
        for (String line : issuerAddress) {
            y -= 12;
            page.textRight(line, RIGHT, y, 9, false);
        }

        // The return address above the window, then the recipient in it.
        String sender = String.join(
                " · ",
                Stream.concat(Stream.of(issuer.name()), issuerAddress.stream()).toList());
        page.text(page.fitted(sender, 85 * MM, 7), LEFT, PAGE_HEIGHT - 48 * MM, 7, false);
        page.line(LEFT, PAGE_HEIGHT - 49 * MM, LEFT + 85 * MM, 0.4f);
        y = PAGE_HEIGHT - 55 * MM;
        for (String line : recipientLines(invoice.recipient())) {
            // Wrapped, never cut: the recipient must be named in full.
            for (String part : page.wrapped(line, 85 * MM, 10)) {
                page.text(part, LEFT, y, 10, false);
                y -= 13;
            }
        }

        // Number, dates and the issuer's tax number beside the window.
        boolean invoiceKind = invoice.kind() == InvoiceKind.INVOICE;
        y = PAGE_HEIGHT - 55 * MM;
        y = info(text("number"), invoice.number().text(), y);
        y = info(text("issuedOn"), LocalFormats.date(invoice.issuedOn(), language), y);
        y = info(serviceLabel(invoice), period(invoice.serviceFrom(), invoice.serviceTo(), language), y);
        if (!issuer.taxNumber().isBlank()) {
            y = info(text("taxNumber"), issuer.taxNumber(), y);
        }
        if (!issuer.vatId().isBlank()) {
            info(text("vatId"), issuer.vatId(), y);
        }

        // Title; a credit note names the invoice it cancels.
        y = PAGE_HEIGHT - 105 * MM;
        page.text(title(invoice), LEFT, y, 16, true);
        if (!invoiceKind) {
            y -= 18;
            page.text(
                    text(
                            "refersTo",
                            Objects.requireNonNull(invoice.refersToNumber()),
                            LocalFormats.date(Objects.requireNonNull(invoice.refersToIssuedOn()), language)),
                    LEFT,
                    y,
                    10,
                    false);
            y -= 14;
            page.text(text("cancelsFully"), LEFT, y, 10, false);
        }

        // The line: what, when, net amount.
        y -= 30;
        page.text(text("position"), LEFT, y, 9, true);
        page.text(text("service"), LEFT + 12 * MM, y, 9, true);
        page.textRight(text("netColumn"), RIGHT, y, 9, true);
        page.line(LEFT, y - 4, RIGHT, 0.6f);
        y -= 18;
        page.text("1", LEFT, y, 10, false);
        page.textRight(LocalFormats.money(invoice.amounts().net(), language), RIGHT, y, 10, false);
        float descriptionWidth = RIGHT - 35 * MM - (LEFT + 12 * MM);
        for (String line : page.wrapped(invoice.description(), descriptionWidth, 10)) {
            page.text(line, LEFT + 12 * MM, y, 10, false);
            y -= 13;
        }
        page.text(
                serviceLabel(invoice) + ": " + period(invoice.serviceFrom(), invoice.serviceTo(), language),
                LEFT + 12 * MM,
                y,
                9,
                false);
        y -= 10;
        page.line(LEFT, y, RIGHT, 0.4f);

        // Totals: net, VAT at its rate, gross.
        InvoiceAmounts amounts = invoice.amounts();
        y -= 18;
        amount(text("net"), amounts.net(), y, false);
        y -= 15;
        amount(text("vat", amounts.vatRate()), amounts.vat(), y, false);
        page.line(AMOUNT_LABELS, y - 6, RIGHT, 0.6f);
        y -= 20;
        amount(text("gross"), amounts.gross(), y, true);

        y -= 30;
        List<String> notes = new ArrayList<>();
        if (amounts.vatRate() == 0 && !invoice.exemptionNote().isBlank()) {
            notes.add(invoice.exemptionNote());
        }
        if (invoiceKind) {
            if (!invoice.paymentTerms().isBlank()) {
                notes.add(invoice.paymentTerms());
            }
        } else {
            notes.add(text("refund"));
        }
        for (String note : notes) {
            for (String line : page.wrapped(note, RIGHT - LEFT, 9)) {
                page.text(line, LEFT, y, 9, false);
                y -= 12;
            }
            y -= 6;
        }

        footer(issuer, issuerAddress);
    }

    private void footer(InvoiceProperties.Issuer issuer, List<String> address) throws IOException {
        List<String> parts = new ArrayList<>();
        parts.add(issuer.name());
        parts.addAll(address);
        if (!issuer.taxNumber().isBlank()) {
            parts.add(text("taxNumber") + " " + issuer.taxNumber());
        }
        if (!issuer.vatId().isBlank()) {
            parts.add(text("vatId") + " " + issuer.vatId());
        }
        float y = 22 * MM;
        page.line(LEFT, y + 10, RIGHT, 0.4f);
        for (String line : page.wrapped(String.join(" · ", parts), RIGHT - LEFT, 7.5f)) {
            page.text(line, LEFT, y, 7.5f, false);
            y -= 10;
        }
    }

    private float info(String label, String value, float y) throws IOException {
        page.text(label, INFO_LEFT, y, 9, false);
        float room = RIGHT - INFO_LEFT - page.width(label, 9) - 3 * MM;
        // Numbers and dates always fit; only an absurdly long configured tax number could be cut.
        page.textRight(page.fitted(value, room, 9), RIGHT, y, 9, true);
        return y - 13;
    }

    private String serviceLabel(InvoiceDocument invoice) {
        return text(invoice.serviceFrom().equals(invoice.serviceTo()) ? "serviceDate" : "servicePeriod");
    }

    /** "Rechnung 2027-0001" or "Credit note 2027-0002". */
    static String title(InvoiceDocument invoice) {
        return BundleTexts.text(
                invoice.language(),
                "congress.invoice.pdf.title." + invoice.kind().name(),
                invoice.number().text());
    }

    private String text(String key, Object... arguments) {
        return BundleTexts.text(language, "congress.invoice.pdf." + key, arguments);
    }

    private void amount(String label, BigDecimal value, float y, boolean strong) throws IOException {
        page.text(label, AMOUNT_LABELS, y, 10, strong);
        page.textRight(LocalFormats.money(value, language), RIGHT, y, 10, strong);
    }

    private static List<String> recipientLines(InvoiceRecipient recipient) {
        List<String> lines = new ArrayList<>();
        if (recipient.organisation() != null) {
            lines.add(recipient.organisation());
        }
        lines.add(recipient.name());
        if (recipient.street() != null) {
            lines.add(recipient.street());
        }
        String place = Stream.of(recipient.postcode(), recipient.city())
                .filter(Objects::nonNull)
                .reduce((postcode, city) -> postcode + " " + city)
                .orElse("");
        if (!place.isBlank()) {
            lines.add(place);
        }
        return lines;
    }

    /** An address as configured: lines separated by commas or line breaks. */
    static List<String> lines(String address) {
        return Arrays.stream(address.split("[,\\n]"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    static String period(LocalDate from, LocalDate to, Locale language) {
        return from.equals(to)
                ? LocalFormats.date(from, language)
                : LocalFormats.date(from, language) + " – " + LocalFormats.date(to, language);
    }
}
