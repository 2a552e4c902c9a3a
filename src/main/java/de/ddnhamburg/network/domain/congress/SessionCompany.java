package de.ddnhamburg.network.domain.congress;

import java.util.List;

/**
 * "Wer ist noch dabei" for a session.
 *
 * @param namesShown false for guests: they see how many showed themselves, never who
 * @param shownCount how many participants of the session showed themselves (members with a listed profile)
 * @param people the others, most in common first; empty for guests
 */
public record SessionCompany(long sessionId, boolean namesShown, int shownCount, List<CongressFellow> people) {

    public SessionCompany {
        people = List.copyOf(people);
    }
}
