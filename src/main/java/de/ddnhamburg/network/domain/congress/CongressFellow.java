package de.ddnhamburg.network.domain.congress;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Another participant of a session, as far as their profile lets members see them, with what I share with them. */
public record CongressFellow(
        long memberId,
        String displayName,
        @Nullable String organisation,
        List<String> sharedTopics,
        List<String> sharedGroups) {

    public CongressFellow {
        sharedTopics = List.copyOf(sharedTopics);
        sharedGroups = List.copyOf(sharedGroups);
    }
}
