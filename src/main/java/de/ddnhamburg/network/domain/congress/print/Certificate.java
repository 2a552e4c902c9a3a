package de.ddnhamburg.network.domain.congress.print;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What one certificate of attendance says, in the participant's language.
 *
 * @param programme the sessions attended, in time order
 */
record Certificate(
        Locale language,
        String name,
        @Nullable String organisation,
        String congressTitle,
        @Nullable String congressSubtitle,
        String dates,
        String venue,
        String contactName,
        List<Item> programme,
        Instant issuedAt) {

    Certificate {
        programme = List.copyOf(programme);
    }

    /** One session: when (formatted), its kind and its title. */
    record Item(String when, String kind, String title) {}
}
