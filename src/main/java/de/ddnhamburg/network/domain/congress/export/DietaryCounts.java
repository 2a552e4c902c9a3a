package de.ddnhamburg.network.domain.congress.export;

import java.text.Normalizer;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Catering counts from the dietary needs people typed, without names. Needs are free text (given
 * with consent), so they are counted two ways:
 *
 * <ul>
 *   <li>by {@link DietaryKind}, recognised by word stems: what the kitchen plans by. A person counts
 *       once per kind, however often they name it; an answer can name several kinds.
 *   <li>by the answer itself, normalised (lower case, spaces and line breaks collapsed, surrounding
 *       punctuation dropped), so that "Vegetarisch." and " vegetarisch" are one line: nothing a
 *       person wrote is lost in a category, and the kitchen reads the details ("keine Pilze").
 * </ul>
 *
 * Answers that name no kind are counted as {@link #unrecognised()}, so that the kitchen knows how
 * many need a look at the texts.
 *
 * @param people everyone counted (those expected at the congress)
 * @param withoutNeeds of them, those who gave no dietary need
 */
public record DietaryCounts(
        int people, int withoutNeeds, Map<DietaryKind, Integer> byKind, int unrecognised, Map<String, Integer> byText) {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EDGES = Pattern.compile("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    public DietaryCounts {
        byKind = Map.copyOf(byKind);
        byText = java.util.Collections.unmodifiableMap(new TreeMap<>(byText));
    }

    /** Counts the answers of everyone expected; {@code null} or blank is "no need". */
    public static DietaryCounts of(Collection<? extends @Nullable String> answers) {
        int without = 0;
        int unrecognised = 0;
        Map<DietaryKind, Integer> byKind = new EnumMap<>(DietaryKind.class);
        Map<String, Integer> byText = new HashMap<>();
        for (String answer : answers) {
            String normalised = answer == null ? "" : normalised(answer);
            if (normalised.isEmpty()) {
                without++;
                continue;
            }
            byText.merge(normalised, 1, Integer::sum);
            Set<DietaryKind> kinds = kinds(normalised);
            if (kinds.isEmpty()) {
                unrecognised++;
            }
            kinds.forEach(kind -> byKind.merge(kind, 1, Integer::sum));
        }
        return new DietaryCounts(answers.size(), without, byKind, unrecognised, byText);
    }

    public int count(DietaryKind kind) {
        return byKind.getOrDefault(kind, 0);
    }

    /** Lower case, one space between words, without punctuation around it. */
    static String normalised(String answer) {
        String flat = SPACES.matcher(Normalizer.normalize(answer, Normalizer.Form.NFC))
                .replaceAll(" ")
                .toLowerCase(Locale.GERMAN);
        return EDGES.matcher(flat).replaceAll("");
    }

    static Set<DietaryKind> kinds(String normalised) {
        String folded = MARKS.matcher(Normalizer.normalize(normalised.replace("ß", "ss"), Normalizer.Form.NFD))
                .replaceAll("");
        Set<DietaryKind> kinds = EnumSet.noneOf(DietaryKind.class);
        for (DietaryKind kind : DietaryKind.values()) {
            if (kind.namedIn(folded)) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    /** The kinds in their order, zeros included, for a list the kitchen reads top to bottom. */
    public List<DietaryKind> kinds() {
        return List.of(DietaryKind.values());
    }
}
