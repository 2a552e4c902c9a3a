package de.ddnhamburg.network.domain.member;

import java.util.Locale;

final class Initials {

    private Initials() {}

    static String of(Member member) {
        return (first(member.getFirstName()) + first(member.getLastName())).toUpperCase(Locale.GERMAN);
    }

    private static String first(String name) {
        return name.isEmpty() ? "" : name.substring(0, name.offsetByCodePoints(0, 1));
    }
}
