package de.ddnhamburg.network.domain.congress;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/** The order of printed lists and badges: by last name, then first name, as a German reader sorts (Ä with A). */
final class RosterOrder {

    static final Comparator<RosterEntry> ALPHABETICAL;

    static {
        Collator german = Collator.getInstance(Locale.GERMAN);
        german.setStrength(Collator.SECONDARY);
        ALPHABETICAL = Comparator.comparing(RosterEntry::lastName, german)
                .thenComparing(RosterEntry::firstName, german)
                .thenComparingLong(RosterEntry::registrationId);
    }

    private RosterOrder() {}
}
