package de.ddnhamburg.network.domain.member;

import java.util.List;

/**
 * What two members share, to make a first contact easy. Groups and events join here once they
 * exist, which is why this is a record of lists rather than a single score.
 */
public record Commonalities(List<TopicView> topics, List<String> expertise) {

    public boolean isEmpty() {
        return topics.isEmpty() && expertise.isEmpty();
    }
}
