package de.ddnhamburg.network.domain.common;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The names of files people download or get attached to a mail (exports, badges, invoices,
 * certificates, calendar files, photos), in the language of whoever receives them: the stem comes
 * from the translation bundles ({@code file.*}), so a German admin saves
 * {@code namensschilder-kongress-7.pdf} and an English one {@code name-badges-congress-7.pdf}.
 */
public final class FileNames {

    // Compiled once: a file name is made for every registration's calendar attachment.
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^A-Za-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

    private FileNames() {}

    /**
     * The bundle's text of {@code key} with the parts filled in (ids and dates as they are, never
     * grouped like numbers), made safe for every browser and file system, with the extension.
     */
    public static String of(Locale language, String key, String extension, Object... parts) {
        Object[] texts = Arrays.stream(parts).map(String::valueOf).toArray();
        return safe(BundleTexts.text(language, key, texts)) + "." + extension;
    }

    /**
     * German umlauts spelled out, accents dropped, anything but ASCII letters and digits turned into
     * single hyphens ({@code "Türliste Kongress 2026"} → {@code Tuerliste-Kongress-2026}); the case
     * stays as written.
     */
    public static String safe(String stem) {
        String spelled = stem.replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("Ä", "Ae")
                .replace("Ö", "Oe")
                .replace("Ü", "Ue")
                .replace("ß", "ss");
        String ascii = MARKS.matcher(Normalizer.normalize(spelled, Normalizer.Form.NFD))
                .replaceAll("");
        String safe = EDGE_HYPHENS
                .matcher(NOT_ALPHANUMERIC.matcher(ascii).replaceAll("-"))
                .replaceAll("");
        return safe.isEmpty() ? "export" : safe;
    }
}
