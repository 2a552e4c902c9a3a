package de.ddnhamburg.network.domain.member;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends a member's open sessions, so that a suspension or a changed role takes effect at once and
 * not only at the next login. Implemented by the security layer, which knows the sessions.
 */
public interface MemberSessions {

    void endAll(long memberId);

    /**
     * Ends the sessions once the current transaction has committed: before that, a quick new login
     * would still find the old state in the database.
     */
    default void endAllAfterCommit(long memberId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            endAll(memberId);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                endAll(memberId);
            }
        });
    }
}
