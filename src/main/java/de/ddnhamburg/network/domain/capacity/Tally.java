package de.ddnhamburg.network.domain.capacity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The counters one locked operation works with, by key (a kind of seat, a category, a session, ...),
 * written back once at its end: {@link #store} hands only the changed counts to the feature's
 * writer, which updates its rows (where CHECKs refuse any count beyond the limit, as the database's
 * own last line). Not thread-safe; lives for one operation under one lock.
 */
public final class Tally<K> {

    private final Map<K, Counter> counters = new LinkedHashMap<>();

    /** Adds the counter read for that key; a key is read once per operation. */
    public Counter add(K key, @Nullable Integer limit, int taken) {
        Counter counter = new Counter(limit, taken);
        if (counters.putIfAbsent(key, counter) != null) {
            throw new IllegalStateException("counter read twice: " + key);
        }
        return counter;
    }

    /** The counter for that key, read by {@code reader} if this operation has not read it yet. */
    public Counter computeIfAbsent(K key, Supplier<Counter> reader) {
        Counter counter = counters.get(key);
        if (counter == null) {
            counter = reader.get();
            counters.put(key, counter);
        }
        return counter;
    }

    public Counter get(K key) {
        Counter counter = counters.get(key);
        if (counter == null) {
            throw new NoSuchElementException("no counter read for " + key);
        }
        return counter;
    }

    public boolean contains(K key) {
        return counters.containsKey(key);
    }

    /** Every counter read, by key, in the order they were read. */
    public Map<K, Counter> all() {
        return Collections.unmodifiableMap(counters);
    }

    /**
     * Writes the changed counters once: the writer gets each changed key with its new count (in the
     * order they were read, so that writers touch rows in a stable order), and nothing if none
     * changed.
     *
     * @return whether anything was written
     */
    public boolean store(Consumer<Map<K, Integer>> writer) {
        Map<K, Integer> changed = new LinkedHashMap<>();
        counters.forEach((key, counter) -> {
            if (counter.changed()) {
                changed.put(key, counter.taken());
            }
        });
        if (changed.isEmpty()) {
            return false;
        }
        writer.accept(Collections.unmodifiableMap(changed));
        changed.keySet().forEach(key -> get(key).markStored());
        return true;
    }
}
