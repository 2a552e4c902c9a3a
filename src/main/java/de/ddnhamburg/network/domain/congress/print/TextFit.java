package de.ddnhamburg.network.domain.congress.print;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Fits a text into a box: the largest font size (in half points, from {@code maxSize} down) at which
 * it fits, wrapped at spaces and hyphens into as many lines as the box holds. Only when even {@code minSize} is
 * too small are long words broken and smaller sizes tried, down to {@code floorSize}. A text never
 * loses characters silently: if it does not fit even then (longer than anything the database
 * holds), the last line ends in "…" and {@link Fitted#complete()} says so, for the caller to report.
 *
 * @param leading the distance between baselines, as a multiple of the font size
 */
record TextFit(float width, float height, float maxSize, float minSize, float floorSize, float leading) {

    private static final float STEP = 0.5f;
    private static final String ELLIPSIS = "…";

    /**
     * A text as it will be printed.
     *
     * @param complete false only when characters had to be left out (then the last line ends in "…")
     */
    record Fitted(float size, List<String> lines, boolean complete) {

        Fitted {
            lines = List.copyOf(lines);
        }
    }

    Fitted fit(PdfFont font, String text) {
        String printable = font.printable(text);
        if (printable.isEmpty()) {
            return new Fitted(maxSize, List.of(), true);
        }
        for (float size = maxSize; size >= minSize; size -= STEP) {
            List<String> lines = wrap(font, printable, size, false);
            if (lines != null && lines.size() <= linesAt(font, size)) {
                return new Fitted(size, lines, true);
            }
        }
        for (float size = minSize; size >= floorSize; size -= STEP) {
            List<String> lines = wrap(font, printable, size, true);
            if (lines != null && lines.size() <= linesAt(font, size)) {
                return new Fitted(size, lines, true);
            }
        }
        return shortened(font, printable);
    }

    /** How many lines fit the height at this size: the first needs ascent and descent, each further one the leading. */
    int linesAt(PdfFont font, float size) {
        float first = size * (font.ascent() + font.descent());
        if (first > height) {
            return 0;
        }
        return 1 + (int) Math.floor((height - first) / (size * leading));
    }

    /** The height the lines take at this size. */
    float heightOf(PdfFont font, float size, int lines) {
        return lines == 0 ? 0 : size * (font.ascent() + font.descent()) + (lines - 1) * size * leading;
    }

    /**
     * Greedy wrapping at spaces and after hyphens ("Müller-" / "Lüdenscheidt"); a piece wider than
     * the line is broken between characters only when {@code breakWords}, else the text does not fit
     * at this size ({@code null}).
     */
    private @Nullable List<String> wrap(PdfFont font, String text, float size, boolean breakWords) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String piece : pieces(text)) {
            String candidate = line + piece;
            if (font.width(candidate.stripTrailing(), size) <= width) {
                line.append(piece);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
            }
            if (font.width(piece.stripTrailing(), size) <= width) {
                line.append(piece);
            } else if (breakWords) {
                String rest = piece.stripTrailing();
                while (font.width(rest, size) > width) {
                    int cut = longestPrefix(font, rest, size);
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest).append(piece.endsWith(" ") ? " " : "");
            } else {
                return null;
            }
        }
        if (!line.toString().isBlank()) {
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /** The text cut after each space and each hyphen, the places a line may end. */
    private static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || (c == '-' && i > start)) {
                pieces.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            pieces.add(text.substring(start));
        }
        return pieces;
    }

    /** The most characters (at least one, never splitting a surrogate pair) that fit the width. */
    private int longestPrefix(PdfFont font, String word, float size) {
        int end = word.offsetByCodePoints(0, 1);
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            if (font.width(word.substring(0, next), size) > width) {
                break;
            }
            end = next;
        }
        return end;
    }

    private Fitted shortened(PdfFont font, String text) {
        int room = Math.max(1, linesAt(font, floorSize));
        List<String> lines = wrap(font, text, floorSize, true);
        List<String> all = lines == null ? List.of(text) : lines;
        List<String> kept = new ArrayList<>(all.subList(0, Math.min(room, all.size())));
        String last = kept.removeLast();
        while (!last.isEmpty() && font.width(last + ELLIPSIS, floorSize) > width) {
            last = last.substring(0, last.offsetByCodePoints(last.length(), -1));
        }
        kept.add(last + ELLIPSIS);
        return new Fitted(floorSize, kept, false);
    }
}
