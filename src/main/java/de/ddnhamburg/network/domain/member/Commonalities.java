package de.ddnhamburg.network.domain.member;

import java.util.List;

/**
 * What two members share, to make a first contact easy: topics and expertise the other opened to
 * the viewer, expert groups both are active members of, and congresses and events both are
 * registered for or attended (where the other shows themself in the participant list, and only
 * events the viewer may see). A record of lists rather than a single score, so that the profile
 * can say what is shared.
 */
public record Commonalities(
        List<TopicItem> topics,
        List<String> expertise,
        List<GroupRef> groups,
        List<CongressRef> congresses,
        List<EventRef> events) {

    public boolean isEmpty() {
        return topics.isEmpty() && expertise.isEmpty() && groups.isEmpty() && congresses.isEmpty() && events.isEmpty();
    }
}
