package de.ddnhamburg.network.domain.member;

import java.util.List;

/**
 * What two members share, to make a first contact easy: topics and expertise the other opened to
 * the viewer, expert groups both are active members of, and congresses both are registered for
 * (where the other shows themself in the participant list). Events join here once they exist,
 * which is why this is a record of lists rather than a single score.
 */
public record Commonalities(
        List<TopicItem> topics, List<String> expertise, List<GroupRef> groups, List<CongressRef> congresses) {

    public boolean isEmpty() {
        return topics.isEmpty() && expertise.isEmpty() && groups.isEmpty() && congresses.isEmpty();
    }
}
