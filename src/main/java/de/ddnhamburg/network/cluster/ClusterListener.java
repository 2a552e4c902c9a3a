package de.ddnhamburg.network.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Hears the other nodes' changes ({@link ClusterNotifier}) and publishes each as the same event
 * here, outside any transaction, so that this node's broadcasters tell its open pages as they do
 * for changes made on this node. Runs on PostgreSQL only, on one thread with one connection of its
 * own ({@code LISTEN}); when the connection breaks (database restart, network), it connects again,
 * waiting one second more after each failure, up to 30 s. Changes sent while it was away are not
 * delivered again: the pages show them at their next reload or with the next change.
 */
@Component
class ClusterListener implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterListener.class);
    private static final int WAIT_MILLIS = 1_000;
    private static final Duration HEALTH_CHECK = Duration.ofSeconds(30);
    private static final long MAX_BACKOFF_MILLIS = 30_000;

    private final ClusterNode node;
    private final ApplicationEventPublisher publisher;
    private volatile boolean running;
    private volatile boolean listening;
    private volatile @Nullable Connection connection;
    private @Nullable Thread thread;

    ClusterListener(ClusterNode node, ApplicationEventPublisher publisher) {
        this.node = node;
        this.publisher = publisher;
    }

    @Override
    public synchronized void start() {
        if (running || !node.clustered()) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().name("cluster-listener").daemon().start(this::listenUntilStopped);
    }

    @Override
    public synchronized void stop() {
        running = false;
        closeQuietly(connection);
        Thread listener = thread;
        if (listener != null) {
            listener.interrupt();
            try {
                listener.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** True while the connection listens; for tests and monitoring. */
    boolean listening() {
        return listening;
    }

    private void listenUntilStopped() {
        long backoff = 0;
        while (running) {
            try (Connection listeningConnection = node.listeningConnection()) {
                connection = listeningConnection;
                try (Statement statement = listeningConnection.createStatement()) {
                    statement.execute("LISTEN " + ClusterMessage.CHANNEL);
                }
                listening = true;
                backoff = 0;
                LOG.info("Listening for the other nodes' changes on channel {}", ClusterMessage.CHANNEL);
                receive(listeningConnection);
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                backoff = Math.min(backoff + 1_000, MAX_BACKOFF_MILLIS);
                LOG.warn("Lost the connection that hears the other nodes; trying again in {} ms", backoff, e);
            } finally {
                listening = false;
                connection = null;
            }
            sleep(backoff);
        }
    }

    private void receive(Connection listeningConnection) throws SQLException {
        PGConnection postgres = listeningConnection.unwrap(PGConnection.class);
        long quietSince = System.nanoTime();
        while (running) {
            PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
            if (notifications != null && notifications.length > 0) {
                quietSince = System.nanoTime();
                for (PGNotification notification : notifications) {
                    deliver(notification.getParameter());
                }
            } else if (System.nanoTime() - quietSince > HEALTH_CHECK.toNanos()) {
                // A connection cut without a word only shows when something is sent on it.
                try (Statement statement = listeningConnection.createStatement()) {
                    statement.execute("select 1");
                }
                quietSince = System.nanoTime();
            }
        }
    }

    private void deliver(String payload) {
        ClusterMessage.parse(payload)
                .filter(message -> !message.node().equals(node.id()))
                .ifPresent(message -> {
                    try {
                        publisher.publishEvent(message.event());
                    } catch (RuntimeException e) {
                        LOG.warn("Could not pass on a change from another node: {}", payload, e);
                    }
                });
    }

    private void sleep(long millis) {
        if (millis <= 0 || !running) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static void closeQuietly(@Nullable Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("Closing the listening connection failed", e);
        }
    }
}
