package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.common.LockBatches;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Several registrations for one congress under one congress lock (decision 011, "Several
 * registrations per lock", {@link LockBatches}): the next registration to go places up to
 * {@value #MOST} of those waiting for the congress in one transaction, with the counters they share
 * ({@link CongressPlaces}) read once after the lock and stored once before the commit.
 */
@Component
class CongressLockBatches {

    /** The most registrations per lock: enough to share the lock's costs, few enough to keep it short. */
    static final int MOST = 20;

    /** One registration's part, under the lock, with the counters the batch shares. */
    @FunctionalInterface
    interface Work<T> {
        T place(Congress locked, CongressPlaces places);
    }

    private record Opened(Congress locked, CongressPlaces places) {}

    private final LockBatches<Opened> batches;

    CongressLockBatches(CongressPlacement placement, PlatformTransactionManager transactions) {
        this.batches = new LockBatches<>(transactions, MOST, new LockBatches.Lock<>() {
            @Override
            public Opened open(long congressId) {
                Congress locked = placement.lock(congressId);
                return new Opened(locked, placement.open(locked));
            }

            @Override
            public void close(Opened opened) {
                opened.places().store();
            }
        });
    }

    /** Places the work in the next batch for the congress and answers with its result (or its exception). */
    <T> T place(long congressId, Work<T> work) {
        return batches.place(congressId, opened -> work.place(opened.locked(), opened.places()));
    }
}
