package de.ddnhamburg.network.domain.congress.print;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Name badges on A4 sheets: 8 per page, 2 columns × 4 rows of 90 × 60 mm, the size of the common
 * badge holders ("Namensschildhüllen 90 × 60 mm"), with 15 mm left and right and 28.5 mm top and
 * bottom, each outlined in light grey as a cutting guide. A badge has the category's colour band
 * with its name at the top, the person's name large below it, the organisation at the bottom left,
 * and the ticket's QR code with the code printed under it at the bottom right. Names and
 * organisations shrink and wrap to fit ({@link TextFit}).
 */
final class BadgeSheet {

    static final float MM = 72f / 25.4f;
    static final float WIDTH = 90 * MM;
    static final float HEIGHT = 60 * MM;
    static final int COLUMNS = 2;
    static final int ROWS = 4;
    static final int PER_PAGE = COLUMNS * ROWS;
    static final float MARGIN_X = (210 - 2 * 90) / 2f * MM;
    static final float MARGIN_Y = (297 - 4 * 60) / 2f * MM;

    static final float PADDING = 4 * MM;
    static final float BAND = 11 * MM;
    /** The QR code's square, its quiet zone included (which may reach into the padding). */
    static final float QR_SIDE = 25 * MM;

    static final float CODE_SIZE = 6f;

    /**
     * The person's name: up to 24 pt on one line (two lines fit from 20 pt down), at least 9 pt
     * before words are broken, never under 5 pt.
     */
    static final TextFit NAME = new TextFit(WIDTH - 2 * PADDING, 16 * MM, 24, 9, 5, 1.12f);
    /** The category's name in the band. */
    static final TextFit CATEGORY = new TextFit(WIDTH - 2 * PADDING, BAND - 3 * MM, 11, 7, 4.5f, 1.05f);
    /** The organisation, left of the QR code. */
    static final TextFit ORGANISATION = new TextFit(60 * MM, 22.5f * MM, 12, 7, 4.5f, 1.15f);

    private static final Logger LOG = LoggerFactory.getLogger(BadgeSheet.class);
    private static final Color GUIDE = new Color(0xC8C8C8);
    private static final Color TEXT = new Color(0x1A1A1A);
    private static final Color CODE = new Color(0x333333);

    private BadgeSheet() {}

    /** The badges in the given order, filling each page row by row. */
    static byte[] pdf(List<Badge> badges, String title) {
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle(title);
            PdfFont font = PdfFont.load(document);
            PDType1Font mono = new PDType1Font(Standard14Fonts.FontName.COURIER_BOLD);
            List<String> shortened = new ArrayList<>();
            for (int first = 0; first < badges.size(); first += PER_PAGE) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    List<Badge> onPage = badges.subList(first, Math.min(badges.size(), first + PER_PAGE));
                    for (int index = 0; index < onPage.size(); index++) {
                        float x = MARGIN_X + (index % COLUMNS) * WIDTH;
                        float y = PDRectangle.A4.getHeight() - MARGIN_Y - (index / COLUMNS + 1) * HEIGHT;
                        draw(content, font, mono, onPage.get(index), x, y, shortened);
                    }
                }
            }
            if (!shortened.isEmpty()) {
                // Beyond the database's lengths; said loudly rather than cut without a word.
                LOG.warn("Badge texts shortened with an ellipsis for registrations' tickets {}", shortened);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void draw(
            PDPageContentStream content,
            PdfFont font,
            PDType1Font mono,
            Badge badge,
            float x,
            float y,
            List<String> shortened)
            throws IOException {
        content.setStrokingColor(GUIDE);
        content.setLineWidth(0.4f);
        content.addRect(x, y, WIDTH, HEIGHT);
        content.stroke();

        Color band = BadgeColours.band(badge.categoryPosition());
        content.setNonStrokingColor(band);
        content.addRect(x, y + HEIGHT - BAND, WIDTH, BAND);
        content.fill();
        TextFit.Fitted category = CATEGORY.fit(font, badge.category());
        float categoryTop = y
                + HEIGHT
                - (BAND
                                - CATEGORY.heightOf(
                                        font, category.size(), category.lines().size()))
                        / 2;
        PdfText.lines(
                content, font, CATEGORY, category, x + PADDING, categoryTop, BadgeColours.textOn(band), true, false);

        TextFit.Fitted name = NAME.fit(font, badge.name());
        float nameAreaTop = y + HEIGHT - BAND - 2.5f * MM;
        float nameTop = nameAreaTop
                - (NAME.height() - NAME.heightOf(font, name.size(), name.lines().size())) / 2;
        PdfText.lines(content, font, NAME, name, x + PADDING, nameTop, TEXT, true, false);

        String organisation = badge.organisation();
        boolean complete = name.complete() && category.complete();
        if (organisation != null && !organisation.isBlank()) {
            TextFit.Fitted fitted = ORGANISATION.fit(font, organisation);
            float organisationTop = y + 5.5f * MM + ORGANISATION.height();
            PdfText.lines(content, font, ORGANISATION, fitted, x + PADDING, organisationTop, TEXT, false, false);
            complete &= fitted.complete();
        }
        if (!complete) {
            shortened.add(badge.ticketCode());
        }

        // The code's right edge, visible modules and printed code alike, lines up with the padding.
        float quiet = QR_SIDE * QrDrawing.QUIET_ZONE / QrDrawing.modules(badge.ticketCode());
        float right = x + WIDTH - PADDING;
        float qrX = right + quiet - QR_SIDE;
        QrDrawing.draw(content, badge.ticketCode(), qrX, y + 3 * MM, QR_SIDE);
        float codeWidth = mono.getStringWidth(badge.ticketCode()) / 1000f * CODE_SIZE;
        content.setNonStrokingColor(CODE);
        content.beginText();
        content.setFont(mono, CODE_SIZE);
        content.newLineAtOffset(right - codeWidth, y + 2.6f * MM);
        content.showText(badge.ticketCode());
        content.endText();
    }
}
