package de.ddnhamburg.network.domain.common;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * The names of files people download or get attached to a mail (exports, badges, invoices,
 * certificates, calendar files, photos), in the language of whoever receives them: the stem comes
 * from the translation bundles ({@code file.*}), so a German admin saves
 * {@code namensschilder-kongress-7.pdf} and an English one {@code name-badges-congress-7.pdf}.
 */
public final class FileNames {

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
        String ascii = Normalizer.normalize(spelled, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String safe = ascii.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return safe.isEmpty() ? "export" : safe;
    }
}
