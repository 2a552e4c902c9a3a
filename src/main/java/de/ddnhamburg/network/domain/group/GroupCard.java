package de.ddnhamburg.network.domain.group;

import de.ddnhamburg.network.domain.member.TopicItem;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A group in the list, as the signed-in member may see it. */
public record GroupCard(
        long id,
        String name,
        String shortDescription,
        List<TopicItem> topics,
        JoinPolicy joinPolicy,
        GroupVisibility visibility,
        boolean archived,
        long memberCount,
        @Nullable Instant latestActivity,
        GroupStanding standing) {

    public boolean mine() {
        return standing == GroupStanding.MEMBER || standing == GroupStanding.MODERATOR;
    }
}
