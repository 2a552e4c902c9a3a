package de.ddnhamburg.network.ui.components;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.stereotype.Component;

/**
 * The threads on which open pages are told about changes elsewhere ({@link PageBroadcasts}, the
 * seat and check-in broadcasters), shared by all of them and few on purpose: each told page reads
 * again from the database, and one registration can tell hundreds of open pages at once. With a
 * thread per page those reads took every connection of the pool for half a minute in the load
 * test's smoke run (issue 13), and the requests of the people using the pages timed out. Two
 * threads leave the rest of the pool to requests; pages are told a little later under load, which
 * server push makes invisible.
 */
@Component
public class PageUpdates implements Executor {

    /** At most this many page updates (and so database connections for them) at a time. */
    public static final int THREADS = 2;

    private final ExecutorService threads = Executors.newFixedThreadPool(
            THREADS, Thread.ofVirtual().name("page-update-", 1).factory());

    @Override
    public void execute(Runnable task) {
        threads.execute(task);
    }

    /** Lets queued updates finish; never interrupts one (an interrupt inside H2's file I/O closes the database). */
    @PreDestroy
    void shutDown() {
        threads.shutdown();
    }
}
