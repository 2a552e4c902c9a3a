package de.ddnhamburg.network.domain.congress.print;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/** Writes fitted lines onto a page. */
final class PdfText {

    /** Stroke width, as a share of the font size, that makes the regular face look bold. */
    private static final float BOLD_STROKE = 0.025f;

    private PdfText() {}

    /**
     * Writes the lines from the top of a box downwards, each left-aligned at {@code x} or centred on
     * the box's width. Bold is the regular face outlined as well as filled, since PDFBox ships only
     * the regular face of Liberation Sans.
     */
    static void lines(
            PDPageContentStream content,
            PdfFont font,
            TextFit box,
            TextFit.Fitted fitted,
            float x,
            float top,
            Color colour,
            boolean bold,
            boolean centred)
            throws IOException {
        float size = fitted.size();
        float baseline = top - size * font.ascent();
        content.setNonStrokingColor(colour);
        content.setStrokingColor(colour);
        if (bold) {
            content.setRenderingMode(RenderingMode.FILL_STROKE);
            content.setLineWidth(size * BOLD_STROKE);
        } else {
            content.setRenderingMode(RenderingMode.FILL);
        }
        for (String line : fitted.lines()) {
            float offset = centred ? (box.width() - font.width(line, size)) / 2 : 0;
            content.beginText();
            content.setFont(font.font(), size);
            content.newLineAtOffset(x + offset, baseline);
            content.showText(line);
            content.endText();
            baseline -= size * box.leading();
        }
        content.setRenderingMode(RenderingMode.FILL);
    }
}
