package de.ddnhamburg.network.domain.congress;

/** A room of the congress venue. */
public record RoomItem(long id, String name, int capacity) {

    static RoomItem of(CongressRoom room) {
        return new RoomItem(room.id(), room.getName(), room.getCapacity());
    }
}
