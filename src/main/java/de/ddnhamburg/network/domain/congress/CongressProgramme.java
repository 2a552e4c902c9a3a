package de.ddnhamburg.network.domain.congress;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a registration reads about its congress, loaded once and before the congress lock: the
 * categories, the slots with a choice (for checking the picks; seats left as they were then, no
 * waiting counts), and the sessions, slots and room names the summary and the {@code .ics} of its
 * mail show. The counters that decide places are read again under the lock by the placement.
 *
 * @param sessions all sessions by id, cancelled ones included (choices may name them)
 */
record CongressProgramme(
        List<TicketCategory> categories,
        List<SlotChoice> choices,
        Map<Long, CongressSession> sessions,
        Map<Long, CongressSlot> slots,
        Map<Long, String> roomNames) {

    CongressProgramme {
        categories = List.copyOf(categories);
        choices = List.copyOf(choices);
        sessions = Map.copyOf(sessions);
        slots = Map.copyOf(slots);
        roomNames = Map.copyOf(roomNames);
    }

    Optional<TicketCategory> category(long categoryId) {
        return categories.stream()
                .filter(category -> category.id() == categoryId)
                .findFirst();
    }

    /** The slots in which participants choose a session. */
    Set<Long> choiceSlots() {
        return choices.stream().map(SlotChoice::slotId).collect(Collectors.toSet());
    }
}
