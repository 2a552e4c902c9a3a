package de.ddnhamburg.network.cluster;

import de.ddnhamburg.network.domain.congress.CongressPlacesChanged;
import de.ddnhamburg.network.domain.congress.checkin.CongressCheckInsChanged;
import de.ddnhamburg.network.domain.event.SeatsChanged;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the other nodes about a change their open pages show, with {@code pg_notify}, after the
 * writing transaction committed, on a thread of its own. Not in the writing transaction: there it
 * cost a round trip while the event's (or congress's) row lock was held, and the commit of every
 * notifying transaction queues for PostgreSQL's notification lock; registrations for one event are
 * limited by how long that lock is held (decision 013). After the commit, a rolled-back change is
 * never announced, and another node that hears of it reads the committed state.
 *
 * <p>Changes waiting to be sent are merged: while the sender is busy, many registrations for one
 * event become one message, which is all a live counter needs (each page reads again). The sender
 * sends them in the order they first arrived, in one statement. A node that dies between a commit
 * and its message loses the message; the pages elsewhere show the change at their next reload or
 * with the next change, as when the listening connection was away (decision 013).
 *
 * <p>Only changes made in a transaction are passed on (there is no fallback execution): the
 * domain publishes these events inside the writing transaction, and the events a node receives
 * from the others are published outside any, so they are never sent back.
 */
@Component
class ClusterNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterNotifier.class);
    /** Payloads per statement; distinct ids only, so more wait only after a burst over many records. */
    private static final int PER_STATEMENT = 100;

    private final ClusterNode node;
    private final JdbcTemplate jdbc;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("ddn-cluster-notify").daemon().factory());
    /** Payloads not sent yet, in the order they came; guarded by itself. */
    private final Set<String> pending = new LinkedHashSet<>();

    private boolean sending;

    ClusterNotifier(ClusterNode node, JdbcTemplate jdbc) {
        this.node = node;
        this.jdbc = jdbc;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void seatsChanged(SeatsChanged change) {
        tellOthers(change);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void congressPlacesChanged(CongressPlacesChanged change) {
        tellOthers(change);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void checkInsChanged(CongressCheckInsChanged change) {
        tellOthers(change);
    }

    @PreDestroy
    void stop() throws InterruptedException {
        sender.shutdown();
        // What was committed before the node stops still reaches the others, if it can within a moment.
        sender.awaitTermination(5, TimeUnit.SECONDS);
    }

    private void tellOthers(Object change) {
        if (!node.clustered()) {
            return;
        }
        ClusterMessage.of(node.id(), change).ifPresent(message -> {
            synchronized (pending) {
                if (pending.add(message.payload()) && !sending) {
                    try {
                        sender.execute(this::sendPending);
                        sending = true;
                    } catch (RejectedExecutionException e) {
                        // The node is stopping; the transaction has committed all the same.
                        pending.clear();
                    }
                }
            }
        });
    }

    private void sendPending() {
        List<String> payloads;
        synchronized (pending) {
            payloads = new ArrayList<>(pending);
            pending.clear();
            sending = false;
        }
        for (int from = 0; from < payloads.size(); from += PER_STATEMENT) {
            send(payloads.subList(from, Math.min(payloads.size(), from + PER_STATEMENT)));
        }
    }

    private void send(List<String> payloads) {
        // Outside any transaction: each statement commits, and PostgreSQL delivers in that order.
        String calls = String.join(", ", Collections.nCopies(payloads.size(), "pg_notify(?, ?)"));
        Object[] arguments = new Object[payloads.size() * 2];
        for (int i = 0; i < payloads.size(); i++) {
            arguments[2 * i] = ClusterMessage.CHANNEL;
            arguments[2 * i + 1] = payloads.get(i);
        }
        try {
            jdbc.query("select " + calls, (RowCallbackHandler) row -> {}, arguments);
        } catch (DataAccessException e) {
            // A live counter may miss a change (decision 013); the registration itself is committed.
            LOG.warn("Could not tell the other nodes about {} change(s)", payloads.size(), e);
        }
    }
}
