package de.ddnhamburg.network.domain.member;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How a member's name is written, the same in every list and profile. */
final class Names {

    private Names() {}

    static String display(@Nullable String title, String firstName, String lastName) {
        return title == null ? firstName + " " + lastName : title + " " + firstName + " " + lastName;
    }

    static String initials(String firstName, String lastName) {
        return (firstChar(firstName) + firstChar(lastName)).toUpperCase(Locale.GERMAN);
    }

    private static String firstChar(String name) {
        return name.isEmpty() ? "" : name.substring(0, name.offsetByCodePoints(0, 1));
    }
}
