package de.ddnhamburg.network.cluster;

import de.ddnhamburg.network.domain.congress.CongressPlacesChanged;
import de.ddnhamburg.network.domain.congress.checkin.CongressCheckInsChanged;
import de.ddnhamburg.network.domain.event.SeatsChanged;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One change as it travels between nodes: the sending node, what changed and the record's id, as
 * the text payload of a {@code NOTIFY} ({@code node:KIND:id}). Only the id travels, as in the
 * events themselves: each page reads again with its own user's rights.
 */
record ClusterMessage(String node, Kind kind, long id) {

    /** The channel every node listens on. */
    static final String CHANNEL = "ddn_changes";

    private static final Pattern PAYLOAD = Pattern.compile("([0-9a-f]{32}):([A-Z_]+):([0-9]{1,18})");

    enum Kind {
        SEATS,
        CONGRESS_PLACES,
        CHECK_INS
    }

    static Optional<ClusterMessage> of(String node, Object event) {
        return switch (event) {
            case SeatsChanged seats -> Optional.of(new ClusterMessage(node, Kind.SEATS, seats.eventId()));
            case CongressPlacesChanged places ->
                Optional.of(new ClusterMessage(node, Kind.CONGRESS_PLACES, places.congressId()));
            case CongressCheckInsChanged checkIns ->
                Optional.of(new ClusterMessage(node, Kind.CHECK_INS, checkIns.congressId()));
            default -> Optional.empty();
        };
    }

    /** Anything else on the channel (another version's message, a hand-typed NOTIFY) is ignored. */
    static Optional<ClusterMessage> parse(String payload) {
        Matcher matcher = PAYLOAD.matcher(payload);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ClusterMessage(
                    matcher.group(1), Kind.valueOf(matcher.group(2)), Long.parseLong(matcher.group(3))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    String payload() {
        return node + ":" + kind + ":" + id;
    }

    /** The event that the receiving node publishes to its own pages. */
    Object event() {
        return switch (kind) {
            case SEATS -> new SeatsChanged(id);
            case CONGRESS_PLACES -> new CongressPlacesChanged(id);
            case CHECK_INS -> new CongressCheckInsChanged(id);
        };
    }
}
