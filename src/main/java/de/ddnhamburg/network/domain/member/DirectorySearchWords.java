package de.ddnhamburg.network.domain.member;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The words of a directory search: each must appear somewhere in a member's search text. */
final class DirectorySearchWords {

    private static final int MAX_WORDS = 5;

    private DirectorySearchWords() {}

    static List<String> of(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(text.strip().toLowerCase(Locale.GERMAN).split("\\s+")).stream()
                .limit(MAX_WORDS)
                .toList();
    }
}
