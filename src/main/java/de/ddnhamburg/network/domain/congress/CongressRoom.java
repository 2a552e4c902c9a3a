package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.common.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Objects;

/** A room of the congress venue with the number of people it seats. */
@Entity
@Table(name = "congress_room")
class CongressRoom extends AbstractEntity {

    @Column(name = "congress_id", nullable = false, updatable = false)
    private long congressId;

    @Column(nullable = false, length = 100)
    private String name = "";

    @Column(nullable = false)
    private int capacity = 1;

    protected CongressRoom() {}

    CongressRoom(long congressId, String name, int capacity) {
        this.congressId = congressId;
        this.name = name;
        this.capacity = capacity;
    }

    long id() {
        return Objects.requireNonNull(getId(), "room not saved yet");
    }

    long getCongressId() {
        return congressId;
    }

    String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    int getCapacity() {
        return capacity;
    }

    void setCapacity(int capacity) {
        this.capacity = capacity;
    }
}
