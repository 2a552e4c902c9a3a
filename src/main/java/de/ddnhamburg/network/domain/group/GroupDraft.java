package de.ddnhamburg.network.domain.group;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What an admin enters for a group; checked by {@link GroupRules}. */
public record GroupDraft(
        @Nullable String name,
        @Nullable String shortDescription,
        @Nullable String description,
        Set<String> topicSlugs,
        JoinPolicy joinPolicy,
        GroupVisibility visibility) {

    public GroupDraft {
        topicSlugs = Set.copyOf(topicSlugs);
    }
}
