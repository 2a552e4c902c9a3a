package de.ddnhamburg.network.domain.congress.invoice;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * The invoice page's text and rules in one font: setting text (headings filled and stroked),
 * measuring it, wrapping it onto lines and cutting a single line to a width. {@link InvoicePdf}
 * decides where things go; this knows how a string becomes ink. Characters the font cannot show
 * become {@code ?}, control characters spaces.
 */
final class InvoiceText {

    /**
     * Each character's width in the font (1/1000 em), or -1 where the font has no glyph for it;
     * the same for every document, so measured once (asking a new document's font is slow).
     */
    private static final Map<Integer, Float> WIDTHS = new ConcurrentHashMap<>();

    private final PDPageContentStream content;
    private final PDFont font;

    InvoiceText(PDPageContentStream content, PDFont font) {
        this.content = content;
        this.font = font;
    }

    void text(String text, float x, float y, float size, boolean strong) throws IOException {
        String printable = printable(text);
        if (printable.isEmpty()) {
            return;
        }
        content.beginText();
        content.setFont(font, size);
        if (strong) {
            content.setRenderingMode(RenderingMode.FILL_STROKE);
            content.setLineWidth(size * 0.035f);
        }
        content.newLineAtOffset(x, y);
        content.showText(printable);
        if (strong) {
            content.setRenderingMode(RenderingMode.FILL);
        }
        content.endText();
    }

    void textRight(String text, float right, float y, float size, boolean strong) throws IOException {
        text(text, right - width(printable(text), size), y, size, strong);
    }

    void line(float fromX, float y, float toX, float width) throws IOException {
        content.setLineWidth(width);
        content.moveTo(fromX, y);
        content.lineTo(toX, y);
        content.stroke();
    }

    /** Words onto lines of at most {@code width}; a word longer than a line is broken. */
    List<String> wrapped(String text, float width, float size) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        float space = width(" ", size);
        for (String word : printable(text).split(" +")) {
            float wordWidth = width(word, size);
            if (!line.isEmpty() && lineWidth + space + wordWidth <= width) {
                line.append(' ').append(word);
                lineWidth += space + wordWidth;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            float restWidth = wordWidth;
            while (restWidth > width) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(rest.substring(0, cut), size) > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
                restWidth = width(rest, size);
            }
            line.append(rest);
            lineWidth = restWidth;
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Cut to the width with an ellipsis: only for single lines whose full text is elsewhere too. */
    String fitted(String text, float width, float size) {
        String printable = printable(text);
        if (width(printable, size) <= width) {
            return printable;
        }
        String cut = printable;
        while (cut.length() > 1 && width(cut + "…", size) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    /** The width of a printable text, from the widths of its characters (measured once each). */
    float width(String printable, float size) {
        float units = 0;
        for (int i = 0; i < printable.length(); ) {
            int codePoint = printable.codePointAt(i);
            units += Math.max(0, glyphWidth(codePoint));
            i += Character.charCount(codePoint);
        }
        return units / 1000 * size;
    }

    /** Control characters become spaces; characters the font cannot show become {@code ?}. */
    String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)) {
                out.append(' ');
            } else if (glyphWidth(codePoint) < 0) {
                out.append('?');
            } else {
                out.appendCodePoint(codePoint);
            }
        });
        return out.toString().strip();
    }

    private float glyphWidth(int codePoint) {
        Float known = WIDTHS.get(codePoint);
        if (known != null) {
            return known;
        }
        float measured = measure(codePoint);
        WIDTHS.put(codePoint, measured);
        return measured;
    }

    private float measure(int codePoint) {
        try {
            return font.getStringWidth(Character.toString(codePoint));
        } catch (IllegalArgumentException | IOException e) {
            return -1;
        }
    }
}
