package de.ddnhamburg.network.domain.member;

import de.ddnhamburg.network.domain.common.InvalidInputException;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The rules for "Ich suche / Ich biete" entries; the form checks with the same methods as the service. */
public final class SeekingRules {

    public static final String DIRECTION = "direction";
    public static final String KIND = "kind";
    public static final String TEXT = "text";
    public static final String EXPIRES_ON = "expiresOn";

    public static final int TEXT_MAX = 500;
    /** Short entries, few of them: a profile is not a classified-ads page. */
    public static final int MAX_ENTRIES = 10;
    /** An entry may end at most this far ahead; without a date it runs until deleted. */
    public static final int EXPIRY_MAX_YEARS = 2;

    private SeekingRules() {}

    public static Optional<String> checkText(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("seeking.validation.text.required");
        }
        return text.strip().length() > TEXT_MAX ? Optional.of("seeking.validation.text.tooLong") : Optional.empty();
    }

    /** No day in the past, and not further ahead than {@link #EXPIRY_MAX_YEARS}. */
    public static Optional<String> checkExpiry(@Nullable LocalDate expiresOn, LocalDate today) {
        if (expiresOn == null) {
            return Optional.empty();
        }
        if (expiresOn.isBefore(today)) {
            return Optional.of("seeking.validation.expires.past");
        }
        return expiresOn.isAfter(today.plusYears(EXPIRY_MAX_YEARS))
                ? Optional.of("seeking.validation.expires.tooFar")
                : Optional.empty();
    }

    /** Every problem of the draft at once, each at its field. */
    static void validate(SeekingDraft draft, LocalDate today) {
        InvalidInputException.Problems problems = InvalidInputException.collect();
        if (draft.direction() == null) {
            problems.add(DIRECTION, "seeking.validation.direction.required");
        }
        if (draft.kind() == null) {
            problems.add(KIND, "seeking.validation.kind.required");
        }
        problems.add(TEXT, checkText(draft.text()), TEXT_MAX);
        problems.add(EXPIRES_ON, checkExpiry(draft.expiresOn(), today), EXPIRY_MAX_YEARS);
        problems.throwIfAny();
    }
}
