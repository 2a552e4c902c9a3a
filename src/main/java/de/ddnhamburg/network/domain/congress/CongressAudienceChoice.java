package de.ddnhamburg.network.domain.congress;

import java.time.LocalDate;
import java.util.Map;

/**
 * A congress edition with the parts people can be addressed by: its ticket categories and the
 * sessions of slots with a choice (the workshops), both by id and name, in programme order.
 */
public record CongressAudienceChoice(
        long id, String title, LocalDate firstDay, Map<Long, String> categories, Map<Long, String> sessions) {

    public CongressAudienceChoice {
        categories = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(categories));
        sessions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sessions));
    }
}
