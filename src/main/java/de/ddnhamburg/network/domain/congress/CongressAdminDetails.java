package de.ddnhamburg.network.domain.congress;

import java.util.List;

/** Everything the admin editor shows of one congress edition. */
public record CongressAdminDetails(
        CongressEdit edition,
        List<TicketCategoryItem> categories,
        List<RoomItem> rooms,
        List<SlotItem> slots,
        List<SessionItem> sessions,
        List<SpeakerItem> speakers) {

    public CongressAdminDetails {
        categories = List.copyOf(categories);
        rooms = List.copyOf(rooms);
        slots = List.copyOf(slots);
        sessions = List.copyOf(sessions);
        speakers = List.copyOf(speakers);
    }
}
