package de.ddnhamburg.network.domain.capacity;

import org.jspecify.annotations.Nullable;

/**
 * Places of one kind held against a limit ({@code null}: unlimited), as read with a row that the
 * caller locked, then counted in memory while places are taken and given back, and written back
 * once by a {@link Tally}. Only exact if every change of the row's counter runs under that lock.
 */
public final class Counter {

    private @Nullable Integer limit;
    private int stored;
    private int taken;

    public Counter(@Nullable Integer limit, int taken) {
        if (taken < 0) {
            throw new IllegalArgumentException("negative count " + taken);
        }
        this.limit = limit;
        this.stored = taken;
        this.taken = taken;
    }

    /** Whether one more place can be taken. */
    public boolean hasRoom() {
        return limit == null || taken < limit;
    }

    /** Places left, or {@code null} for unlimited; never negative. */
    public @Nullable Integer free() {
        return limit == null ? null : Math.max(0, limit - taken);
    }

    public @Nullable Integer limit() {
        return limit;
    }

    public int taken() {
        return taken;
    }

    /** Takes one place; the caller asked {@link #hasRoom()} first. */
    public void take() {
        if (!hasRoom()) {
            throw new IllegalStateException("no room: " + taken + " of " + limit + " taken");
        }
        taken++;
    }

    /** Gives one place back. */
    public void give() {
        if (taken == 0) {
            throw new IllegalStateException("no place taken to give back");
        }
        taken--;
    }

    /**
     * One place more than the limit, for an organiser who seats someone although all places are
     * taken (the row's limit must be raised in the same transaction, before the counter is stored).
     */
    public void addPlace() {
        if (limit != null) {
            limit = limit + 1;
        }
    }

    /** Whether the count differs from what the row holds. */
    public boolean changed() {
        return taken != stored;
    }

    void markStored() {
        stored = taken;
    }
}
