package de.ddnhamburg.network.domain.member;

import java.util.Collection;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The text the directory searches: name, organisation, position and expertise in lower case. The
 * caller passes only details that every member may see, so a search can never reveal a detail
 * its owner restricted. Public for the benchmark's bulk loader, which must store the same text.
 */
public final class DirectorySearchText {

    private DirectorySearchText() {}

    public static String compose(
            String firstName,
            String lastName,
            @Nullable String organisation,
            @Nullable String position,
            Collection<String> expertise) {
        StringBuilder text = new StringBuilder(firstName).append(' ').append(lastName);
        if (organisation != null) {
            text.append(' ').append(organisation);
        }
        if (position != null) {
            text.append(' ').append(position);
        }
        expertise.forEach(tag -> text.append(' ').append(tag));
        return text.toString().toLowerCase(Locale.GERMAN);
    }
}
