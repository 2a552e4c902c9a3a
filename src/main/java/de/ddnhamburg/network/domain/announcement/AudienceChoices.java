package de.ddnhamburg.network.domain.announcement;

import de.ddnhamburg.network.domain.congress.CongressAudienceChoice;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the editor offers: the open expert groups, every congress edition with its categories and
 * workshops, and the coming events that have a waiting list; by id and name.
 */
public record AudienceChoices(
        Map<Long, String> groups, List<CongressAudienceChoice> congresses, Map<Long, String> events) {

    public AudienceChoices {
        groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
        congresses = List.copyOf(congresses);
        events = Collections.unmodifiableMap(new LinkedHashMap<>(events));
    }
}
