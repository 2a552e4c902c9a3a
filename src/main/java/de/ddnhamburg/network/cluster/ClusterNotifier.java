package de.ddnhamburg.network.cluster;

import de.ddnhamburg.network.domain.congress.CongressPlacesChanged;
import de.ddnhamburg.network.domain.congress.checkin.CongressCheckInsChanged;
import de.ddnhamburg.network.domain.event.SeatsChanged;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the other nodes about a change their open pages show, with {@code pg_notify} in the
 * writing transaction itself: PostgreSQL delivers a notification only when that transaction
 * commits, and drops it when it rolls back, so another node never hears of a change that did not
 * happen, nor before it can read it. Identical notifications of one transaction arrive once.
 *
 * <p>Only changes made in a transaction are passed on (there is no fallback execution): the
 * domain publishes these events inside the writing transaction, and the events a node receives
 * from the others are published outside any, so they are never sent back.
 */
@Component
class ClusterNotifier {

    private final ClusterNode node;
    private final JdbcTemplate jdbc;

    ClusterNotifier(ClusterNode node, JdbcTemplate jdbc) {
        this.node = node;
        this.jdbc = jdbc;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void seatsChanged(SeatsChanged change) {
        tellOthers(change);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void congressPlacesChanged(CongressPlacesChanged change) {
        tellOthers(change);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void checkInsChanged(CongressCheckInsChanged change) {
        tellOthers(change);
    }

    private void tellOthers(Object change) {
        if (!node.clustered()) {
            return;
        }
        ClusterMessage.of(node.id(), change)
                .ifPresent(message -> jdbc.queryForObject(
                        "select pg_notify(?, ?)", Object.class, ClusterMessage.CHANNEL, message.payload()));
    }
}
