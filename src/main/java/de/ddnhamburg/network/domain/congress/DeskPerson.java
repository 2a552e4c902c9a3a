package de.ddnhamburg.network.domain.congress;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A registration as the check-in desk may see it: who, the ticket, and the sessions; whether
 * dietary or accessibility needs were given, but never what they are. No e-mail address, no
 * billing address, no ticket code: the desk needs none of them to let someone in.
 *
 * @param free whether the category costs nothing (then there is nothing to pay)
 * @param hasNeeds whether the person told us about dietary or accessibility needs
 */
public record DeskPerson(
        long registrationId,
        long congressId,
        String firstName,
        String lastName,
        @Nullable String organisation,
        boolean guest,
        CongressRegistrationStatus status,
        String categoryName,
        boolean free,
        boolean hasNeeds,
        List<DeskWorkshop> workshops) {

    public DeskPerson {
        workshops = List.copyOf(workshops);
    }

    public String displayName() {
        return (firstName + " " + lastName).trim();
    }
}
