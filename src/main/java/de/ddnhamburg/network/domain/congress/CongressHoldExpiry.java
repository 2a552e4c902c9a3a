package de.ddnhamburg.network.domain.congress;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Releases the places and seats of congress guests who did not confirm their address in time,
 * through {@link CongressPlacement#expireHold}, so that the first waiting get them and a mail. On
 * one node at a time (ShedLock); each registration in its own transaction under the congress lock.
 */
@Component
public class CongressHoldExpiry {

    private static final Logger LOG = LoggerFactory.getLogger(CongressHoldExpiry.class);
    private static final int BATCH = 200;

    private final CongressRegistrationRepository registrations;
    private final CongressPlacement placement;
    private final CongressRegistrations shared;
    private final CongressGuestTokens tokens;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    CongressHoldExpiry(
            CongressRegistrationRepository registrations,
            CongressPlacement placement,
            CongressRegistrations shared,
            CongressGuestTokens tokens,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.registrations = registrations;
        this.placement = placement;
        this.shared = shared;
        this.tokens = tokens;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Scheduled(
            fixedDelayString = "${app.congress.registration.hold-check:PT5M}",
            initialDelayString = "${app.congress.registration.hold-check:PT5M}")
    @SchedulerLock(name = "congress-guest-holds", lockAtMostFor = "PT30M")
    public void runOnSchedule() {
        expireHolds();
    }

    /** @return how many holds were released */
    public int expireHolds() {
        Instant now = clock.instant();
        List<Long> due =
                ownTransaction.execute(status -> registrations.findExpiredHolds(now, PageRequest.of(0, BATCH)));
        int released = 0;
        for (long id : due == null ? List.<Long>of() : due) {
            try {
                Boolean done = ownTransaction.execute(status -> release(id, now));
                released += Boolean.TRUE.equals(done) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.warn("Could not release the expired congress hold {}", id, e);
            }
        }
        if (released > 0) {
            LOG.info("Released {} expired congress guest holds", released);
        }
        return released;
    }

    private boolean release(long registrationId, Instant now) {
        long congressId = registrations.findCongressIdById(registrationId).orElseThrow();
        Congress locked = placement.lock(congressId);
        CongressRegistration registration =
                registrations.findById(registrationId).orElseThrow();
        // Read again under the lock: the guest may have confirmed a moment ago.
        Instant holdEnds = registration.getHoldExpiresAt();
        if (registration.getStatus() != CongressRegistrationStatus.UNCONFIRMED
                || holdEnds == null
                || holdEnds.isAfter(now)) {
            return false;
        }
        Moves moves = placement.expireHold(locked, registration, now);
        registration.setCancelledAt(now);
        registrations.saveAndFlush(registration);
        tokens.revokeAll(registration.id(), CongressTokenPurpose.CONFIRM);
        shared.mailConcerned(locked, moves, registration.id());
        return true;
    }
}
