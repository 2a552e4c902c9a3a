package de.ddnhamburg.network.domain.audit;

import de.ddnhamburg.network.domain.common.BundleTexts;
import de.ddnhamburg.network.domain.common.LocalFormats;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The details of an audit entry as admins read them, in their language: the entry stores a bundle
 * key ({@code audit.note.*}, or one of the older {@code audit.detail.*}) and its arguments, and the security log and a registration's history
 * write it out from the translation bundles. An argument is data as it was (a title, a name, an id,
 * a count), another bundle text ({@link #key}, such as a status), or a day ({@link #day}), written
 * the reader's way. Details stored as plain words before (or data alone, such as a title or an
 * address) are shown as they are.
 *
 * <p>Stored form: the key, then each argument after a unit separator (U+001F); a key argument
 * starts with U+001E, a day with U+001D; data arguments lose these characters when stored.
 */
public final class AuditNote {

    private static final char SEPARATOR = '\u001F';
    private static final char KEY = '\u001E';
    private static final char DAY = '\u001D';
    private static final Pattern NOTE_KEY = Pattern.compile("audit\\.(?:note|detail)\\.[A-Za-z0-9.]+");

    private AuditNote() {}

    /** The details to store: {@code key} (starting with {@code audit.note.} or {@code audit.detail.}) and its arguments. */
    public static String of(String key, @Nullable Object... arguments) {
        if (!NOTE_KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not an audit note key: " + key);
        }
        StringBuilder stored = new StringBuilder(key);
        for (Object argument : arguments) {
            stored.append(SEPARATOR)
                    .append(argument instanceof Marked marked ? marked.stored() : clean(String.valueOf(argument)));
        }
        return stored.toString();
    }

    /** An argument that is itself a text of the bundles, such as {@code congress.status.PUBLISHED}. */
    public static Object key(String key) {
        return new Marked(KEY + key);
    }

    /** Several texts of the bundles, written one after the other with commas (a member's roles). */
    public static Object keys(java.util.Collection<String> keys) {
        return new Marked(KEY + String.join(",", keys));
    }

    /** An argument that is a day, written as the reader writes days. */
    public static Object day(LocalDate day) {
        return new Marked(DAY + day.toString());
    }

    /** Whether the details are a note (and so are written out from the bundles). */
    public static boolean isNote(@Nullable String details) {
        return details != null && NOTE_KEY.matcher(keyOf(details)).matches();
    }

    /** The note in the reader's language; empty for details that are not a note. */
    public static Optional<String> text(@Nullable String details, Locale language) {
        if (details == null || !isNote(details)) {
            return Optional.empty();
        }
        List<String> parts = Arrays.asList(details.split(String.valueOf(SEPARATOR), -1));
        Object[] arguments = parts.subList(1, parts.size()).stream()
                .map(part -> argument(part, language))
                .toArray();
        return Optional.of(BundleTexts.text(language, parts.getFirst(), arguments));
    }

    private static String argument(String part, Locale language) {
        if (!part.isEmpty() && part.charAt(0) == KEY) {
            return part.length() == 1
                    ? ""
                    : Arrays.stream(part.substring(1).split(","))
                            .map(key -> BundleTexts.text(language, key))
                            .collect(java.util.stream.Collectors.joining(", "));
        }
        if (!part.isEmpty() && part.charAt(0) == DAY) {
            return LocalFormats.date(LocalDate.parse(part.substring(1)), language);
        }
        return part;
    }

    private static String keyOf(String details) {
        int end = details.indexOf(SEPARATOR);
        return end < 0 ? details : details.substring(0, end);
    }

    /** Data never carries the marks: a title with such a character in it stays data. */
    private static String clean(String text) {
        return text.replace(SEPARATOR, ' ').replace(KEY, ' ').replace(DAY, ' ');
    }

    /** A key or day argument, stored with its mark. */
    private record Marked(String stored) {}
}
