package de.ddnhamburg.network.domain.congress.invoice;

import de.ddnhamburg.network.domain.common.BundleTexts;
import de.ddnhamburg.network.domain.common.ClockConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.GregorianCalendar;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Prints an {@link InvoiceDocument} as a one-page A4 PDF with Apache PDFBox, in the recipient's
 * language: the document, its font and its metadata here, what stands where on the page in {@link
 * InvoiceLayout} (DIN 5008).
 *
 * <p>All text is set in Liberation Sans, which PDFBox ships, embedded as a subset: so the PDF looks
 * the same everywhere and holds any name a participant typed (a standard PDF font could not print
 * "Łukasz"), and nothing depends on fonts installed on the server. A character the font lacks is
 * printed as {@code ?} rather than failing the registration. Headings are the same font, filled and
 * stroked (a second, bold font file would double the size of every mail).
 */
final class InvoicePdf {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    /**
     * The font parsed once and lent to one document at a time: parsing it took the largest share of
     * printing an invoice, which runs under the congress and numbering locks. Invoices are printed
     * one at a time (under the numbering lock), so this holds one font, rarely two.
     */
    private static final Queue<TrueTypeFont> FONTS = new ConcurrentLinkedQueue<>();

    private InvoicePdf() {}

    /** The PDF's bytes; each call makes a new document (no state is shared between threads). */
    static byte[] render(InvoiceDocument invoice) {
        TrueTypeFont parsed = FONTS.poll();
        try (PDDocument document = new PDDocument()) {
            if (parsed == null) {
                parsed = parseFont();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            // Embedded as a subset when saved; the document does not close the borrowed font.
            PDFont font = PDType0Font.load(document, parsed, true);
            describe(document, invoice);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                new InvoiceLayout(new InvoiceText(content, font), invoice.language()).print(invoice);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(32_768);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The invoice " + invoice.number().text() + " could not be printed", e);
        } finally {
            if (parsed != null) {
                FONTS.offer(parsed);
            }
        }
    }

    private static void describe(PDDocument document, InvoiceDocument invoice) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(InvoiceLayout.title(invoice));
        info.setAuthor(invoice.issuer().name());
        info.setCreator(BundleTexts.text(invoice.language(), "congress.invoice.pdf.creator"));
        info.setCreationDate(GregorianCalendar.from(invoice.issuedAt().atZone(ClockConfig.DISPLAY_ZONE)));
    }

    private static TrueTypeFont parseFont() throws IOException {
        try (InputStream in = InvoicePdf.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IOException("PDFBox no longer ships " + FONT);
            }
            return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        }
    }
}
