package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.capacity.Counter;
import de.ddnhamburg.network.domain.capacity.Tally;
import de.ddnhamburg.network.domain.common.DomainException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The counters of one locked congress for one placement: the congress's places, its categories'
 * quotas and its sessions' seats, read once under the lock (by projections, so nothing a caller
 * loaded before is trusted) and written back once by {@link #store}, congress row first, then
 * categories, then sessions, each in id order of reading. Lives for one operation.
 */
final class CongressPlaces {

    enum Kind {
        CONGRESS,
        CATEGORY,
        SESSION
    }

    record Key(Kind kind, long id) {}

    private final Congress locked;
    private final CongressRepository congresses;
    private final TicketCategoryRepository categories;
    private final CongressSessionRepository sessions;
    private final ApplicationEventPublisher publisher;
    private final Tally<Key> tally = new Tally<>();
    private final Map<Long, CategoryPlaces> categoryRows = new HashMap<>();
    private final Map<Long, SessionSeats> sessionRows = new HashMap<>();
    private boolean categoriesRead;

    CongressPlaces(
            Congress locked,
            CongressRepository congresses,
            TicketCategoryRepository categories,
            CongressSessionRepository sessions,
            ApplicationEventPublisher publisher) {
        this.locked = locked;
        this.congresses = congresses;
        this.categories = categories;
        this.sessions = sessions;
        this.publisher = publisher;
        tally.add(new Key(Kind.CONGRESS, locked.id()), locked.getCapacity(), locked.getTaken());
    }

    long congressId() {
        return locked.id();
    }

    Counter congress() {
        return tally.get(new Key(Kind.CONGRESS, locked.id()));
    }

    /** The counter of a category of this congress (all are read with the first asked for: a handful). */
    Counter category(long categoryId) {
        readCategories();
        if (!categoryRows.containsKey(categoryId)) {
            throw new DomainException("error.notFound");
        }
        return tally.get(new Key(Kind.CATEGORY, categoryId));
    }

    CategoryPlaces categoryRow(long categoryId) {
        category(categoryId);
        return Objects.requireNonNull(categoryRows.get(categoryId));
    }

    List<Long> categoryIds() {
        readCategories();
        return List.copyOf(categoryRows.keySet().stream().sorted().toList());
    }

    private void readCategories() {
        if (!categoriesRead) {
            for (CategoryPlaces row : categories.places(locked.id())) {
                categoryRows.put(row.id(), row);
                tally.add(new Key(Kind.CATEGORY, row.id()), row.quota(), row.taken());
            }
            categoriesRead = true;
        }
    }

    /** Reads the seats of these sessions of the congress in one query (those not read yet). */
    void readSessions(Collection<Long> sessionIds) {
        List<Long> missing = new ArrayList<>();
        for (long id : sessionIds) {
            if (!sessionRows.containsKey(id) && !missing.contains(id)) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            missing.sort(null);
            sessions.seats(locked.id(), missing).forEach(this::addSession);
        }
    }

    /** Reads the seats of every session of the congress. */
    List<Long> readAllSessions() {
        sessions.seatsOfCongress(locked.id()).stream()
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
        readSessions(List.of(sessionId));
        if (!sessionRows.containsKey(sessionId)) {
            throw new DomainException("error.notFound");
        }
        return tally.get(new Key(Kind.SESSION, sessionId));
    }

    SessionSeats sessionRow(long sessionId) {
        session(sessionId);
        return Objects.requireNonNull(sessionRows.get(sessionId));
    }

    /**
     * Writes the changed counters, congress first, where the CHECKs refuse anything beyond a
     * capacity, and announces the change (listeners pass it on after the commit).
     */
    void store() {
        tally.store(changed -> changed.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(Key::kind).thenComparingLong(Key::id)))
                .forEach(entry -> write(entry.getKey(), entry.getValue())));
        publisher.publishEvent(new CongressPlacesChanged(locked.id()));
    }

    private void write(Key key, int taken) {
        switch (key.kind()) {
            case CONGRESS -> {
                congresses.storeTaken(key.id(), taken);
                locked.takenStored(taken);
            }
            case CATEGORY -> categories.storeTaken(key.id(), taken);
            case SESSION -> sessions.storeTaken(key.id(), taken);
        }
    }
}
