package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.capacity.Counter;
import de.ddnhamburg.network.domain.capacity.Tally;
import de.ddnhamburg.network.domain.common.NotFoundException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntSupplier;

/**
 * The counters of one locked congress for one placement: the congress's places, its categories'
 * quotas and its sessions' seats, read under the lock (the categories and the sessions named in one
 * query, so nothing a caller loaded before is trusted) and written back once by {@link #store},
 * congress first, then categories, then sessions by id; with them the ends of the waiting lists
 * appended to and the choices of new registrations. Lives for one operation, or for several
 * registrations under one lock ({@link CongressLockBatches}).
 */
final class CongressPlaces {

    enum Kind {
        CONGRESS,
        CATEGORY,
        SESSION
    }

    record Key(Kind kind, long id) {}

    record Write(Kind kind, long id, int taken) {}

    private final Congress locked;
    private final CongressPlacesStore store;
    private final Tally<Key> tally = new Tally<>();
    private final Map<Long, CategoryPlaces> categoryRows = new HashMap<>();
    private final Map<Long, SessionSeats> sessionRows = new HashMap<>();
    private final Map<Key, Integer> lastPositions = new HashMap<>();
    private final List<CongressSessionChoice> newChoices = new ArrayList<>();
    private boolean categoriesRead;

    CongressPlaces(Congress locked, CongressPlacesStore store) {
        this.locked = locked;
        this.store = store;
        tally.add(new Key(Kind.CONGRESS, locked.id()), locked.getCapacity(), locked.getTaken());
    }

    Counter congress() {
        return tally.get(new Key(Kind.CONGRESS, locked.id()));
    }

    /** The counter of a category of this congress (all are read at once: a handful). */
    Counter category(long categoryId) {
        read(List.of());
        if (!categoryRows.containsKey(categoryId)) {
            throw new NotFoundException();
        }
        return tally.get(new Key(Kind.CATEGORY, categoryId));
    }

    CategoryPlaces categoryRow(long categoryId) {
        category(categoryId);
        return Objects.requireNonNull(categoryRows.get(categoryId));
    }

    List<Long> categoryIds() {
        read(List.of());
        return categoryRows.keySet().stream().sorted().toList();
    }

    /**
     * Reads, in one query, the categories (the first time) and those of these sessions of the
     * congress not read yet.
     */
    void read(Collection<Long> sessionIds) {
        List<Long> missing = new ArrayList<>();
        for (long id : sessionIds) {
            if (!sessionRows.containsKey(id) && !missing.contains(id)) {
                missing.add(id);
            }
        }
        if (categoriesRead && missing.isEmpty()) {
            return;
        }
        missing.sort(null);
        CongressPlacesStore.Rows rows = store.read(locked.id(), !categoriesRead, missing);
        for (CategoryPlaces row : rows.categories()) {
            categoryRows.put(row.id(), row);
            tally.add(new Key(Kind.CATEGORY, row.id()), row.quota(), row.taken());
        }
        categoriesRead = true;
        rows.sessions().forEach(this::addSession);
    }

    /** Reads the seats of every session of the congress (and the categories), in one query. */
    List<Long> readAllSessions() {
        CongressPlacesStore.Rows rows = store.read(locked.id(), !categoriesRead, null);
        for (CategoryPlaces row : rows.categories()) {
            categoryRows.put(row.id(), row);
            tally.add(new Key(Kind.CATEGORY, row.id()), row.quota(), row.taken());
        }
        categoriesRead = true;
        rows.sessions().stream()
                .filter(row -> !sessionRows.containsKey(row.id()))
                .forEach(this::addSession);
        return sessionRows.keySet().stream().sorted().toList();
    }

    private void addSession(SessionSeats row) {
        sessionRows.put(row.id(), row);
        tally.add(new Key(Kind.SESSION, row.id()), row.capacity(), row.taken());
    }

    /** The seats of a session of this congress; "not found" for any other. */
    Counter session(long sessionId) {
        read(List.of(sessionId));
        if (!sessionRows.containsKey(sessionId)) {
            throw new NotFoundException();
        }
        return tally.get(new Key(Kind.SESSION, sessionId));
    }

    SessionSeats sessionRow(long sessionId) {
        session(sessionId);
        return Objects.requireNonNull(sessionRows.get(sessionId));
    }

    /**
     * The last position of a category's or a session's waiting list: read from the database the
     * first time in this operation, then counted on as entries are appended ({@link #appended}); a
     * close-up forgets it. So several registrations under one lock read the end of each list once,
     * and their choices can wait to be inserted until {@link #store}.
     */
    int lastPosition(Kind list, long id, IntSupplier inDatabase) {
        return lastPositions.computeIfAbsent(new Key(list, id), key -> inDatabase.getAsInt());
    }

    void appended(Kind list, long id, int position) {
        lastPositions.put(new Key(list, id), position);
    }

    /** The list closed up (its positions moved in the database): its end is read again when asked. */
    void closedUp(Kind list, long id) {
        lastPositions.remove(new Key(list, id));
    }

    /** New choices (of a registration just inserted), inserted in one batch by {@link #store}. */
    void insertLater(List<CongressSessionChoice> choices) {
        newChoices.addAll(choices);
    }

    /**
     * Inserts the new choices in one batch, then writes the changed counters in one batch, congress
     * first, where the CHECKs refuse anything beyond a capacity, and announces the change
     * (listeners pass it on after the commit).
     */
    void store() {
        store.insert(List.copyOf(newChoices));
        newChoices.clear();
        tally.store(changed -> store.write(changed.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(Key::kind).thenComparingLong(Key::id)))
                .map(entry -> new Write(entry.getKey().kind(), entry.getKey().id(), entry.getValue()))
                .toList()));
        locked.takenStored(congress().taken());
        store.announce(locked.id());
    }
}
