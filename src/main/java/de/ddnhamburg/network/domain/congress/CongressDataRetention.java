package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.common.ClockConfig;
import de.ddnhamburg.network.domain.mail.MailOutbox;
import de.ddnhamburg.network.domain.member.MemberLookup;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases what a congress no longer needs once it is over: {@code app.congress.privacy.erase-after-days}
 * after its last day (Hamburg), on the next run of the retention jobs,
 *
 * <ul>
 *   <li>every registration's dietary and accessibility needs and the consent to them (health data,
 *       asked for the catering and the venue only); the catering counts are kept first, without
 *       them ({@link CongressNeedsErasing});
 *   <li>each guest's name, address, organisation and billing address, their links and the mails to
 *       their address, as an erasure on request does ({@link CongressRegistration#erasePerson}),
 *       for all guests of the congress in one statement
 *       ({@link CongressRegistrationRepository#eraseGuestsNamedIn}).
 * </ul>
 *
 * Nothing is cancelled and no place moves: status, category, sessions, check-ins and registration
 * dates stay, so that the dashboard's figures stay as they were, and the invoices keep their own
 * copy of the recipient for the legal retention period ({@code InvoiceRetention}). Members'
 * registrations keep their names, since they are the member's history and certificates; they go
 * with the account. One congress per transaction, under its lock; a congress is done once
 * ({@code congress.personal_data_erased_at}).
 */
@Component
public class CongressDataRetention {

    private static final Logger LOG = LoggerFactory.getLogger(CongressDataRetention.class);

    private final CongressRepository congresses;
    private final CongressRegistrationRepository registrations;
    private final CongressPlacement placement;
    private final CongressGuestTokens tokens;
    private final MailOutbox outbox;
    private final MemberLookup members;
    private final ApplicationEventPublisher events;
    private final CongressPrivacyProperties settings;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    CongressDataRetention(
            CongressRepository congresses,
            CongressRegistrationRepository registrations,
            CongressPlacement placement,
            CongressGuestTokens tokens,
            MailOutbox outbox,
            MemberLookup members,
            ApplicationEventPublisher events,
            CongressPrivacyProperties settings,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.congresses = congresses;
        this.registrations = registrations;
        this.placement = placement;
        this.tokens = tokens;
        this.outbox = outbox;
        this.members = members;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
    }

    @Scheduled(cron = "${app.retention.cron}", zone = "Europe/Berlin")
    @SchedulerLock(name = "retention-congress-personal-data", lockAtMostFor = "PT30M")
    public void runOnSchedule() {
        eraseExpired();
    }

    /** The day from which a congress ending on that day is erased. */
    LocalDate erasesOn(LocalDate lastDay) {
        return lastDay.plusDays(settings.eraseAfterDays() + 1L);
    }

    /** @return how many registrations lost needs or personal data */
    public int eraseExpired() {
        LocalDate today = LocalDate.now(clock.withZone(ClockConfig.DISPLAY_ZONE));
        // A congress starting on or after that day cannot have ended long enough ago.
        LocalDate startedBefore = today.minusDays(settings.eraseAfterDays());
        int erased = 0;
        for (long congressId : congresses.findIdsToEraseStartingBefore(startedBefore)) {
            Integer count = ownTransaction.execute(status -> erase(congressId, today));
            erased += count == null ? 0 : count;
        }
        return erased;
    }

    private int erase(long congressId, LocalDate today) {
        Congress locked = placement.lock(congressId);
        // Read again under the lock: another node may have done it a moment ago.
        if (locked.getPersonalDataErasedAt() != null || today.isBefore(erasesOn(locked.lastDay()))) {
            return 0;
        }
        Instant now = clock.instant();
        // The guests' mails first, while the transaction holds no registration entity: the
        // catering tally (next) reads them all, and every query after that would first check each
        // of them for changes; a query per guest made that a minute for a thousand guests.
        List<Object[]> guests = registrations.findGuestsNamedIn(congressId);
        guests.forEach(guest -> forgetMailsOf((Long) guest[0], (String) guest[1], (String) guest[2]));
        events.publishEvent(new CongressNeedsErasing(congressId));
        // Then the guests, all in one statement; then the needs left, the members'.
        tokens.deleteAllOfGuestsNamedIn(congressId);
        registrations.eraseGuestsNamedIn(congressId, CongressRegistrationPersonalData.ERASED_NAME, now);
        int needs = registrations.eraseNeeds(congressId);
        locked.setPersonalDataErasedAt(now);
        LOG.info(
                "Congress {}: erased the personal data of {} guests and the needs of {} more registrations",
                congressId,
                guests.size(),
                needs);
        return needs + guests.size();
    }

    /**
     * The mails to the guest's address are the guest's too, unless the address still belongs to
     * someone else: a member, or the same guest registered for another congress not yet erased.
     */
    private void forgetMailsOf(long id, String address, String personKey) {
        if (members.findByEmail(address).isEmpty()
                && registrations.findGuestIdsByPersonKey(personKey).stream().allMatch(other -> other == id)) {
            outbox.forgetMailsTo(address);
        }
    }
}
