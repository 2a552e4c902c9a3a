package de.ddnhamburg.network.domain.congress;

import java.time.LocalDate;
import java.util.List;

/**
 * One day of the programme.
 *
 * @param rooms the rooms used on this day, in the order the desktop grid shows them side by side
 */
public record ProgrammeDay(int dayNumber, LocalDate date, List<RoomItem> rooms, List<ProgrammeSlot> slots) {

    public ProgrammeDay {
        rooms = List.copyOf(rooms);
        slots = List.copyOf(slots);
    }
}
