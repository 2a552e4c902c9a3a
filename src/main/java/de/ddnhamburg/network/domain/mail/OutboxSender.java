package de.ddnhamburg.network.domain.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers due mails from the outbox. Runs on a schedule on one node at a time (ShedLock), takes a
 * bounded batch per run, and gives each mail its own transaction, so one bad mail or a slow server
 * delays the others but never blocks them or loses them.
 *
 * <p>Delivery is at least once: the status is written after the server accepted the mail, so a
 * crash in between sends it again after the restart, with the same Message-ID (see
 * {@link SmtpMailGateway}). It is never sent twice for one fact otherwise: the fact key is unique,
 * and a mail's row is locked while it is being sent.
 */
@Component
public class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxMailRepository mails;
    private final MailGateway gateway;
    private final MailProperties.Outbox policy;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    OutboxSender(
            OutboxMailRepository mails,
            MailGateway gateway,
            MailProperties properties,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.mails = mails;
        this.gateway = gateway;
        this.policy = properties.outbox();
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The first run waits one interval too, so that a starting node does not send before it is ready. */
    @Scheduled(
            fixedDelayString = "${app.mail.outbox.poll-interval}",
            initialDelayString = "${app.mail.outbox.poll-interval}")
    @SchedulerLock(name = "outbox-sender", lockAtMostFor = "PT30M")
    public void deliverOnSchedule() {
        deliverDueMails();
    }

    /**
     * Tries every mail that is due now, up to one batch. Called by the schedule, and directly by
     * tests, which then need not wait for it.
     *
     * @return how many mails were accepted by the gateway
     */
    public int deliverDueMails() {
        List<Long> due = mails.findDueIds(clock.instant(), PageRequest.of(0, policy.batchSize()));
        int sent = 0;
        for (long id : due) {
            try {
                if (Boolean.TRUE.equals(ownTransaction.execute(status -> deliver(id)))) {
                    sent++;
                }
            } catch (RuntimeException e) {
                // The database, not the mail server, failed (a lock wait, a lost connection): the
                // mail's row is unchanged, so it is tried again on the next run.
                LOG.error("Could not process outbox mail {}", id, e);
            }
        }
        return sent;
    }

    private boolean deliver(long id) {
        OutboxMail mail = mails.findForDelivery(id).orElse(null);
        Instant now = clock.instant();
        if (mail == null || !mail.isDue(now)) {
            return false; // sent, retried or given up by somebody else since we listed it
        }
        try {
            gateway.send(mail.toOutgoing());
            mail.markSent(clock.instant());
            return true;
        } catch (RuntimeException e) {
            @Nullable Instant next = policy.nextAttempt(mail.getAttempts() + 1, now);
            mail.markAttemptFailed(describe(e), next);
            LOG.debug("Delivery of outbox mail {} failed", id, e);
            if (next == null) {
                LOG.error("Gave up on outbox mail {} after {} attempts: {}", id, mail.getAttempts(), describe(e));
            } else {
                LOG.warn(
                        "Outbox mail {} failed (attempt {}), next attempt at {}: {}",
                        id,
                        mail.getAttempts(),
                        next,
                        describe(e));
            }
            return false;
        }
    }

    /**
     * The cause chain, because "Mail server connection failed" alone does not say why; messages
     * that only repeat what an outer exception said already are left out.
     */
    private static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        int depth = 0;
        for (Throwable current = error; current != null && depth++ < 10; current = current.getCause()) {
            String raw = current.getMessage();
            String message = raw == null ? "" : raw.replaceAll("\\s+", " ").strip();
            if (!text.isEmpty() && (message.isEmpty() || text.indexOf(message) >= 0)) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(current.getClass().getSimpleName());
            if (!message.isEmpty()) {
                text.append(": ").append(message);
            }
        }
        return text.toString();
    }
}
