package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.mail.MailOutbox;
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
 * Frees the places of guests who did not confirm their address in time, through
 * {@link SeatAllocation#release}, so that the next waiting gets the seat and a mail, and erases
 * their details at once; and erases
 * guests' details some time after their event (decision 009). On one node at a time (ShedLock);
 * each registration in its own transaction, so one failure does not hold up the others.
 */
@Component
public class GuestHoldExpiry {

    private static final Logger LOG = LoggerFactory.getLogger(GuestHoldExpiry.class);
    private static final int BATCH = 200;
    static final String ERASED_NAME = "–";

    private final EventRegistrationRepository registrations;
    private final SeatAllocation seats;
    private final GuestTokens tokens;
    private final PromotionMails promotions;
    private final EventProperties settings;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final MailOutbox outbox;

    GuestHoldExpiry(
            EventRegistrationRepository registrations,
            SeatAllocation seats,
            GuestTokens tokens,
            PromotionMails promotions,
            EventProperties settings,
            Clock clock,
            PlatformTransactionManager transactions,
            MailOutbox outbox) {
        this.registrations = registrations;
        this.seats = seats;
        this.tokens = tokens;
        this.promotions = promotions;
        this.settings = settings;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.outbox = outbox;
    }

    @Scheduled(
            fixedDelayString = "${app.events.guest-hold-check:PT5M}",
            initialDelayString = "${app.events.guest-hold-check:PT5M}")
    @SchedulerLock(name = "event-guest-holds", lockAtMostFor = "PT30M")
    public void runOnSchedule() {
        expireHolds();
        eraseOldGuests();
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
                LOG.warn("Could not release the expired guest hold {}", id, e);
            }
        }
        if (released > 0) {
            LOG.info("Released {} expired guest holds", released);
        }
        return released;
    }

    /** @return how many guests' details were erased */
    public int eraseOldGuests() {
        Instant endedBefore = clock.instant().minus(settings.guestRetention());
        Integer erased = ownTransaction.execute(status -> {
            List<EventRegistration> old = registrations.findGuestsToErase(endedBefore, PageRequest.of(0, BATCH));
            for (EventRegistration guest : old) {
                tokens.deleteAll(guest.id());
                erase(guest);
            }
            return old.size();
        });
        return erased == null ? 0 : erased;
    }

    /** The guest's details go, and the mails to the guest's address with them. */
    private void erase(EventRegistration guest) {
        String address = guest.getGuestEmail();
        if (address != null) {
            outbox.forgetMailsTo(address);
        }
        guest.eraseGuest(ERASED_NAME, clock.instant());
    }

    private boolean release(long registrationId, Instant now) {
        long eventId = registrations.findEventIdById(registrationId).orElseThrow();
        Event event = seats.lock(eventId);
        EventRegistration registration = registrations.findById(registrationId).orElseThrow();
        Instant holdEnds = registration.getHoldExpiresAt();
        // Read again under the lock: the guest may have confirmed a moment ago.
        if (!registration.isActive()
                || registration.getGuestConfirmedAt() != null
                || holdEnds == null
                || holdEnds.isAfter(now)) {
            return false;
        }
        // Its confirmation links expired with the hold, and say so rather than "used".
        List<EventRegistration> promoted = seats.release(event, registration);
        promotions.mail(event, promoted);
        // Never confirmed: nothing proves the address was the guest's own, so the details go now
        // rather than with the event's other guests (issue 12: unconfirmed holds are cleaned up).
        // The links stay, so that they say "expired"; they hold no personal data.
        // Read again: the release's bulk updates may have cleared the persistence context.
        registrations.findById(registrationId).ifPresent(this::erase);
        return true;
    }
}
