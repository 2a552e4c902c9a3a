package de.ddnhamburg.network.domain.congress.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The typeface of badges and certificates: Liberation Sans, which PDFBox ships in its own jar, embedded
 * as a subset. The 14 standard PDF fonts know only Western European letters, so a name like
 * "Łukasz Wąsik" or "Şahin" would not print with them; Liberation Sans covers Latin, Greek and
 * Cyrillic. A character it lacks is printed as its base letter ({@code ǅ} → {@code D}) or, failing
 * that, as {@code ?}, so that one unusual character never stops a whole sheet. One instance per
 * document.
 */
final class PdfFont {

    private static final String RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final PDFont font;
    private final Map<Integer, Boolean> printable = new HashMap<>();

    private PdfFont(PDFont font) {
        this.font = font;
    }

    static PdfFont load(PDDocument document) {
        try (InputStream in = Objects.requireNonNull(
                PDDocument.class.getResourceAsStream(RESOURCE), "PDFBox ships Liberation Sans")) {
            return new PdfFont(PDType0Font.load(document, in, true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PDFont font() {
        return font;
    }

    /** Ascent above the baseline, as a share of the font size. */
    float ascent() {
        return font.getFontDescriptor() == null
                ? 0.905f
                : font.getFontDescriptor().getAscent() / 1000f;
    }

    /** Descent below the baseline, as a positive share of the font size. */
    float descent() {
        return font.getFontDescriptor() == null
                ? 0.212f
                : -font.getFontDescriptor().getDescent() / 1000f;
    }

    float width(String text, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text as this font can print it: line breaks and tabs become spaces, runs of spaces one,
     * and characters without a glyph their base letter or {@code ?}.
     */
    String printable(String text) {
        String flat = text.replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
        StringBuilder out = new StringBuilder(flat.length());
        flat.codePoints().forEach(codePoint -> {
            if (canPrint(codePoint)) {
                out.appendCodePoint(codePoint);
            } else {
                String base = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFKD)
                        .replaceAll("\\p{M}", "");
                out.append(!base.isEmpty() && base.codePoints().allMatch(this::canPrint) ? base : "?");
            }
        });
        return out.toString();
    }

    private boolean canPrint(int codePoint) {
        return printable.computeIfAbsent(codePoint, this::hasGlyph);
    }

    private boolean hasGlyph(int codePoint) {
        try {
            font.encode(Character.toString(codePoint));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            // PDFBox says "No glyph for U+…" this way.
            return false;
        }
    }
}
