package de.ddnhamburg.network.domain.member;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends a member's open sessions, so that a suspension or a changed role takes effect at once and
 * not only at the next login. Implemented by the security layer, which knows this node's sessions;
 * the other nodes learn it from {@code member.session_epoch}, which the changes raise.
 */
public interface MemberSessions {

    void endAll(long memberId);

    /** Ends the member's sessions on this node except the current request's own. */
    void endOthers(long memberId);

    /** {@link #endOthers} once the current transaction has committed. */
    default void endOthersAfterCommit(long memberId) {
        afterCommit(() -> endOthers(memberId));
    }

    /**
     * Ends the sessions once the current transaction has committed: before that, a quick new login
     * would still find the old state in the database.
     */
    default void endAllAfterCommit(long memberId) {
        afterCommit(() -> endAll(memberId));
    }

    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
