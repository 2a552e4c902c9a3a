package de.ddnhamburg.network.domain.event;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seats still free as the event page and the calendar show them to everybody: the seats taken,
 * less those that guests hold without having confirmed their address (decision 009, issue 12).
 *
 * <p>A submit of the guest form with a new address holds a seat at once, one with an address that
 * is registered already does not. Counted in the public figure, such holds would let anyone tell
 * by the figure whether an address is registered. Capacity is untouched: {@link SeatAllocation}
 * still counts every hold, so a registration that finds all seats held joins the waiting list even
 * while this figure shows a seat free. Organisers see the seats as allocated, and the unconfirmed
 * guests among the participants ({@link EventOrganiserService}).
 */
@Component
@Transactional(readOnly = true)
class PublicSeats {

    private final EventRegistrationRepository registrations;

    PublicSeats(EventRegistrationRepository registrations) {
        this.registrations = registrations;
    }

    /** The kinds of seat the event offers, each with its capacity and the seats shown as free. */
    List<SeatOffer> offers(Event event) {
        Map<SeatKind, Long> held = unconfirmedGuestSeats(List.of(event.id())).getOrDefault(event.id(), Map.of());
        return Arrays.stream(SeatKind.values())
                .filter(kind -> event.getFormat().offers(kind))
                .map(kind -> new SeatOffer(kind, event.capacity(kind), free(event, kind, event.taken(kind), held)))
                .toList();
    }

    /**
     * The seats shown as free of that kind, or {@code null} where the event does not offer it or
     * has no limit.
     *
     * @param taken the seats allocated, as {@link SeatAllocation} keeps them in the event's row
     * @param held the unconfirmed guests' seats of the event by kind ({@link #unconfirmedGuestSeats})
     */
    static @Nullable Long free(Event event, SeatKind kind, long taken, Map<SeatKind, Long> held) {
        Integer capacity = event.capacity(kind);
        if (!event.getFormat().offers(kind) || capacity == null) {
            return null;
        }
        long shownTaken = Math.max(0, taken - held.getOrDefault(kind, 0L));
        return Math.max(0, capacity - shownTaken);
    }

    /** For each of the events that has any: the seats held by unconfirmed guests, by kind. One query. */
    Map<Long, Map<SeatKind, Long>> unconfirmedGuestSeats(Collection<Long> eventIds) {
        Map<Long, Map<SeatKind, Long>> held = new HashMap<>();
        if (eventIds.isEmpty()) {
            return held;
        }
        for (Object[] row : registrations.countUnconfirmedGuestSeats(eventIds)) {
            held.computeIfAbsent(((Number) row[0]).longValue(), id -> new EnumMap<>(SeatKind.class))
                    .put((SeatKind) row[1], ((Number) row[2]).longValue());
        }
        return held;
    }
}
