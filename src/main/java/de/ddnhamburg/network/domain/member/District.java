package de.ddnhamburg.network.domain.member;

import java.util.Locale;
import java.util.Optional;

/** Hamburg's seven boroughs, and the metropolitan region around them. */
public enum District {
    ALTONA,
    BERGEDORF,
    EIMSBUETTEL,
    HAMBURG_MITTE,
    HAMBURG_NORD,
    HARBURG,
    WANDSBEK,
    METROPOLITAN_REGION;

    /** The form used in addresses, e.g. {@code /mitglieder?bezirk=hamburg-nord}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<District> fromSlug(String slug) {
        for (District district : values()) {
            if (district.slug().equals(slug)) {
                return Optional.of(district);
            }
        }
        return Optional.empty();
    }
}
