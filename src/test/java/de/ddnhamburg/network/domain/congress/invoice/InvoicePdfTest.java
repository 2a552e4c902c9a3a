package de.ddnhamburg.network.domain.congress.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The printed invoice, read back with PDFBox's text extraction: everything § 14 UStG asks for is on
 * it, the totals add up, and names outside the standard PDF fonts print. One page is also rendered
 * to {@code target/screenshots/invoice.png} and {@code credit-note.png}, to be looked at.
 */
class InvoicePdfTest {

    static final InvoiceProperties.Issuer ISSUER = new InvoiceProperties.Issuer(
            "ddn Hamburg – Das Demographie Netzwerk e. V.",
            "Adolphsplatz 1, 20457 Hamburg",
            "27/123/45678",
            "DE123456789");

    @Test
    void an_invoice_names_issuer_recipient_number_dates_service_and_amounts_that_add_up() throws IOException {
        byte[] pdf = InvoicePdf.render(invoice(new BigDecimal("89.00"), 19, "Łukasz Wójcik-Öztürk"));

        String text = text(pdf);
        assertThat(text)
                .contains("Rechnung 2027-0042")
                .contains("ddn Hamburg – Das Demographie Netzwerk e. V.")
                .contains("Adolphsplatz 1")
                .contains("20457 Hamburg")
                .contains("Steuernummer")
                .contains("27/123/45678")
                .contains("DE123456789")
                .contains("Łukasz Wójcik-Öztürk")
                .contains("Elbe Consult GmbH")
                .contains("Speicherstadt 7")
                .contains("20095 Hamburg")
                .contains("Rechnungsdatum")
                .contains("15.01.2027")
                .contains("Leistungszeitraum")
                .contains("01.03.2027 – 02.03.2027")
                .contains("Teilnahme am Kongress „Fachkongress 2027“")
                .contains("Nettobetrag")
                .contains("74,79 €")
                .contains("Umsatzsteuer 19 %")
                .contains("14,21 €")
                .contains("Gesamtbetrag")
                .contains("89,00 €")
                .contains("Bitte überweisen Sie");
        // The totals as printed add up.
        assertThat(new BigDecimal("74.79").add(new BigDecimal("14.21"))).isEqualTo(new BigDecimal("89.00"));
        assertThat(text).doesNotContain("Stornorechnung");
        assertThat(pdf.length).as("small enough for a mail attachment").isLessThan(60_000);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isOne();
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Rechnung 2027-0042");
            screenshot(document, "invoice.png");
        }
    }

    @Test
    void a_credit_note_names_the_invoice_it_cancels_and_negates_its_amounts() throws IOException {
        InvoiceDocument original = invoice(new BigDecimal("89.00"), 19, "Mia Muster");
        InvoiceDocument credit = new InvoiceDocument(
                InvoiceKind.CREDIT_NOTE,
                new InvoiceNumber(2027, 43),
                LocalDate.of(2027, 2, 3),
                Instant.parse("2027-02-03T10:00:00Z"),
                "2027-0042",
                LocalDate.of(2027, 1, 15),
                ISSUER,
                original.recipient(),
                original.description(),
                original.serviceFrom(),
                original.serviceTo(),
                original.amounts().negated(),
                original.paymentTerms(),
                original.exemptionNote(),
                Locale.GERMAN);

        byte[] pdf = InvoicePdf.render(credit);

        String text = text(pdf);
        assertThat(text)
                .contains("Stornorechnung 2027-0043")
                .contains("zur Rechnung Nr. 2027-0042 vom 15.01.2027")
                .contains("-74,79 €")
                .contains("-14,21 €")
                .contains("-89,00 €")
                .contains("erstattet")
                .doesNotContain("Bitte überweisen");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            screenshot(document, "credit-note.png");
        }
    }

    @Test
    void an_english_speaker_gets_invoice_and_credit_note_in_english_with_english_dates_and_amounts()
            throws IOException {
        InvoiceDocument german = invoice(new BigDecimal("1234.50"), 19, "Mia Muster");
        InvoiceDocument english = inLanguage(german, Locale.ENGLISH);

        String text = text(InvoicePdf.render(english));

        assertThat(text)
                .contains("Invoice 2027-0042", "Invoice number", "Invoice date", "15 Jan 2027")
                .contains("Period of service", "1 Mar 2027 – 2 Mar 2027")
                .contains("Net amount", "€1,037.39", "VAT 19 %", "€197.11", "Total", "€1,234.50")
                .doesNotContain("Rechnungsdatum", "Nettobetrag", "Umsatzsteuer", "Gesamtbetrag", "1.234,50");
        assertThat(text(InvoicePdf.render(german))).contains("1.234,50 €", "Rechnungsdatum");

        InvoiceDocument credit = new InvoiceDocument(
                InvoiceKind.CREDIT_NOTE,
                new InvoiceNumber(2027, 43),
                LocalDate.of(2027, 2, 3),
                Instant.parse("2027-02-03T10:00:00Z"),
                "2027-0042",
                LocalDate.of(2027, 1, 15),
                ISSUER,
                english.recipient(),
                english.description(),
                english.serviceFrom(),
                english.serviceTo(),
                english.amounts().negated(),
                english.paymentTerms(),
                english.exemptionNote(),
                Locale.ENGLISH);
        byte[] pdf = InvoicePdf.render(credit);
        assertThat(text(pdf))
                .contains("Credit note 2027-0043", "for invoice no. 2027-0042 of 15 Jan 2027")
                .contains("hereby cancelled in full", "will be refunded", "-€1,234.50")
                .doesNotContain("Stornorechnung", "erstattet");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Credit note 2027-0043");
        }
    }

    private static InvoiceDocument inLanguage(InvoiceDocument invoice, Locale language) {
        return new InvoiceDocument(
                invoice.kind(),
                invoice.number(),
                invoice.issuedOn(),
                invoice.issuedAt(),
                invoice.refersToNumber(),
                invoice.refersToIssuedOn(),
                invoice.issuer(),
                invoice.recipient(),
                invoice.description(),
                invoice.serviceFrom(),
                invoice.serviceTo(),
                invoice.amounts(),
                invoice.paymentTerms(),
                invoice.exemptionNote(),
                language);
    }

    @Test
    void without_vat_the_reason_of_the_exemption_is_printed() throws IOException {
        String text = text(InvoicePdf.render(invoice(new BigDecimal("150.00"), 0, "Mia Muster")));

        assertThat(text)
                .contains("Umsatzsteuer 0 %")
                .contains("0,00 €")
                .contains("150,00 €")
                .contains("Steuerfrei nach § 4 Nr. 22a UStG");
    }

    @Test
    void long_texts_wrap_and_unprintable_characters_do_not_break_the_invoice() throws IOException {
        String longName = "Maximiliane Alexandra von und zu Hohenberg-Schwarzenfeld-Lichtenstein";
        InvoiceDocument longTexts = new InvoiceDocument(
                InvoiceKind.INVOICE,
                new InvoiceNumber(2027, 1),
                LocalDate.of(2027, 1, 15),
                Instant.parse("2027-01-15T10:00:00Z"),
                null,
                null,
                ISSUER,
                new InvoiceRecipient(longName + " 漢字 \u0007", null, "Weg 1", "20095", null),
                "Teilnahme am Kongress „" + "Lernen und Arbeiten im 21. Jahrhundert ".repeat(8) + "“",
                LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 1),
                InvoiceAmounts.fromGross(new BigDecimal("89.00"), 19),
                "",
                "",
                Locale.GERMAN);

        String text = text(InvoicePdf.render(longTexts));

        assertThat(text)
                .contains("Maximiliane Alexandra von und zu")
                .contains("Hohenberg-Schwarzenfeld-Lichtenstein")
                .contains("Jahrhundert")
                .contains("Leistungsdatum")
                .contains("01.03.2027");
        assertThat(text).contains("??");
    }

    static InvoiceDocument invoice(BigDecimal gross, int rate, String name) {
        return new InvoiceDocument(
                InvoiceKind.INVOICE,
                new InvoiceNumber(2027, 42),
                LocalDate.of(2027, 1, 15),
                Instant.parse("2027-01-15T10:00:00Z"),
                null,
                null,
                ISSUER,
                new InvoiceRecipient(name, "Elbe Consult GmbH", "Speicherstadt 7", "20095", "Hamburg"),
                "Teilnahme am Kongress „Fachkongress 2027“, Ticketkategorie „Nichtmitglied“, für " + name,
                LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 2),
                InvoiceAmounts.fromGross(gross, rate),
                "Bitte überweisen Sie den Betrag innerhalb von 14 Tagen unter Angabe der Rechnungsnummer auf das"
                        + " Konto IBAN DE00 0000 0000 0000 0000 00.",
                "Steuerfrei nach § 4 Nr. 22a UStG.",
                Locale.GERMAN);
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // PDFBox writes the non-breaking space of "89,00 €" as such; compare with a plain one.
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ');
        }
    }

    static void screenshot(PDDocument document, String name) throws IOException {
        BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 110);
        File dir = new File(System.getProperty("screenshot.dir", "target/screenshots"));
        dir.mkdirs();
        ImageIO.write(page, "png", new File(dir, name));
    }
}
