package de.ddnhamburg.network.domain.capacity;

import java.util.Optional;

/**
 * A first-come-first-served waiting list kept in a feature's table: its entries have positions
 * 1..n without gaps, and the first waiting gets the next free place. The feature implements the
 * statements (find the first, take the place, close up), {@link WaitingLists} runs the rules. Only
 * used under the lock that guards the places it waits for.
 *
 * @param <T> the waiting entry (a registration, a session choice)
 */
public interface WaitingList<T> {

    /** Whether a place for the first waiting is free now (every counter it needs has room). */
    boolean hasRoom();

    /** The entry at position 1, if anyone waits. */
    Optional<T> first();

    /** Its position on this list. */
    int positionOf(T entry);

    /** The last position taken, 0 if nobody waits: a newcomer joins at this plus one. */
    int lastPosition();

    /** Gives the entry its place: takes the counters it needs and changes (and saves) its state. */
    void admit(T entry);

    /** Everyone behind {@code position} moves up by one (the entry there has left the list). */
    void closeGap(int position);
}
