package de.ddnhamburg.network.domain.congress.print;

import de.ddnhamburg.network.domain.common.ClockConfig;
import de.ddnhamburg.network.domain.common.LocalFormats;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Certificates of attendance (Teilnahmebescheinigung), one A4 page each (a long programme
 * continues on a second): the congress's title, whom it certifies, when and where, the sessions
 * attended, and the place and date of issue with the name of the congress's contact person. Many
 * certificates make one document, for printing them all at once.
 */
final class CertificateDocument {

    private static final float MM = BadgeSheet.MM;
    private static final float LEFT = 25 * MM;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * LEFT;
    private static final float TOP = PDRectangle.A4.getHeight() - 30 * MM;
    private static final float BOTTOM = 45 * MM;
    private static final Color TEXT = new Color(0x1A1A1A);
    private static final Color ACCENT = new Color(0x0072B2);
    private static final Color MUTED = new Color(0x555555);

    private static final TextFit HEADING = new TextFit(WIDTH, 40 * MM, 26, 16, 10, 1.15f);
    private static final TextFit NAME = new TextFit(WIDTH, 30 * MM, 22, 12, 8, 1.15f);
    private static final TextFit BODY = new TextFit(WIDTH, 60 * MM, 12, 12, 8, 1.35f);
    private static final TextFit SMALL = new TextFit(WIDTH, 20 * MM, 10, 10, 7, 1.3f);
    private static final TextFit ITEM = new TextFit(WIDTH - 6 * MM, 30 * MM, 11, 11, 7, 1.3f);

    private CertificateDocument() {}

    static byte[] pdf(List<Certificate> certificates, String title) {
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle(title);
            PdfFont font = PdfFont.load(document);
            for (Certificate certificate : certificates) {
                write(document, font, certificate);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(PDDocument document, PdfFont font, Certificate certificate) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        PDPageContentStream content = new PDPageContentStream(document, page);
        try {
            float y = TOP;
            y = block(content, font, SMALL, certificate.congressTitle(), y, MUTED, false) - 4 * MM;
            content.setNonStrokingColor(ACCENT);
            content.addRect(LEFT, y, 30 * MM, 1.2f * MM);
            content.fill();
            y -= 10 * MM;
            y = block(content, font, HEADING, text(certificate, "congress.certificate.heading"), y, TEXT, true)
                    - 10 * MM;
            y = block(content, font, BODY, text(certificate, "congress.certificate.intro"), y, TEXT, false) - 4 * MM;
            y = block(content, font, NAME, certificate.name(), y, TEXT, true) - 2 * MM;
            String organisation = certificate.organisation();
            if (organisation != null && !organisation.isBlank()) {
                y = block(content, font, BODY, organisation, y, MUTED, false);
            }
            y -= 6 * MM;
            String subtitle = certificate.congressSubtitle();
            String congress = text(
                    certificate,
                    "congress.certificate.quoted",
                    subtitle == null || subtitle.isBlank()
                            ? certificate.congressTitle()
                            : certificate.congressTitle() + " – " + subtitle);
            y = block(
                            content,
                            font,
                            BODY,
                            text(certificate, "congress.certificate.attended", congress, certificate.dates()),
                            y,
                            TEXT,
                            false)
                    - 2 * MM;
            y = block(
                            content,
                            font,
                            BODY,
                            text(certificate, "congress.certificate.venue", certificate.venue()),
                            y,
                            MUTED,
                            false)
                    - 8 * MM;
            if (!certificate.programme().isEmpty()) {
                y = block(content, font, BODY, text(certificate, "congress.certificate.programme"), y, TEXT, true)
                        - 2 * MM;
                for (Certificate.Item item : certificate.programme()) {
                    String line = item.when() + " · " + item.kind() + ": " + item.title();
                    TextFit.Fitted fitted = ITEM.fit(font, line);
                    float needed =
                            ITEM.heightOf(font, fitted.size(), fitted.lines().size()) + 2 * MM;
                    if (y - needed < BOTTOM) {
                        content.close();
                        page = new PDPage(PDRectangle.A4);
                        document.addPage(page);
                        content = new PDPageContentStream(document, page);
                        y = TOP;
                    }
                    PdfText.lines(content, font, ITEM, fitted, LEFT + 6 * MM, y, TEXT, false, false);
                    content.setNonStrokingColor(ACCENT);
                    content.addRect(LEFT + 1.5f * MM, y - fitted.size() * 0.55f, 1.5f * MM, 1.5f * MM);
                    content.fill();
                    y -= needed;
                }
            }
            signature(content, font, certificate);
        } finally {
            content.close();
        }
    }

    /** Place, date and the contact person's name above a line, at the foot of the page. */
    private static void signature(PDPageContentStream content, PdfFont font, Certificate certificate)
            throws IOException {
        String issued = LocalFormats.longDate(
                LocalDate.ofInstant(certificate.issuedAt(), ClockConfig.DISPLAY_ZONE), certificate.language());
        float y = BOTTOM - 2 * MM;
        block(content, font, SMALL, text(certificate, "congress.certificate.issued", issued), y, TEXT, false);
        content.setStrokingColor(MUTED);
        content.setLineWidth(0.6f);
        content.moveTo(LEFT + WIDTH - 70 * MM, y - 14 * MM);
        content.lineTo(LEFT + WIDTH, y - 14 * MM);
        content.stroke();
        TextFit signer = new TextFit(70 * MM, 12 * MM, 10, 10, 7, 1.3f);
        TextFit.Fitted fitted =
                signer.fit(font, text(certificate, "congress.certificate.signer", certificate.contactName()));
        PdfText.lines(content, font, signer, fitted, LEFT + WIDTH - 70 * MM, y - 16 * MM, MUTED, false, false);
    }

    /** Writes a fitted block from {@code top} down and answers where the next one may start. */
    private static float block(
            PDPageContentStream content, PdfFont font, TextFit box, String text, float top, Color colour, boolean bold)
            throws IOException {
        TextFit.Fitted fitted = box.fit(font, text);
        PdfText.lines(content, font, box, fitted, LEFT, top, colour, bold, false);
        return top - box.heightOf(font, fitted.size(), fitted.lines().size());
    }

    private static String text(Certificate certificate, String key, Object... arguments) {
        return PrintTexts.text(certificate.language(), key, arguments);
    }
}
