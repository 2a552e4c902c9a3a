package de.ddnhamburg.network.domain.event;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Another listed participant with what I share with them: open topics and groups we both belong to. */
public record FellowParticipant(
        long memberId,
        String displayName,
        @Nullable String organisation,
        List<String> sharedTopics,
        List<String> sharedGroups) {}
