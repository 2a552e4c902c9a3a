package de.ddnhamburg.network.domain.mail;

import de.ddnhamburg.network.domain.common.DomainException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one way to send a mail. Features call {@link #enqueue} inside the transaction that stores the
 * fact the mail reports, so the mail exists exactly when the fact does: a rollback takes both back,
 * a crash after the commit loses neither. {@link OutboxSender} delivers it later.
 */
@Service
public class MailOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(MailOutbox.class);

    private final OutboxMailRepository mails;
    private final MailTemplates templates;
    private final Clock clock;

    MailOutbox(OutboxMailRepository mails, MailTemplates templates, Clock clock) {
        this.mails = mails;
        this.templates = templates;
        this.clock = clock;
    }

    /**
     * Queues the mail unless one for the same fact exists already.
     *
     * <p>{@code MANDATORY}: outside a transaction this throws, because a mail written on its own
     * could report a fact that was then rolled back, or be missing for one that was committed. Two
     * callers racing with the same fact key both pass the check; the unique key then fails the
     * second transaction, which is right, since it stored the same fact again.
     *
     * @return whether a new mail was queued
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean enqueue(MailRequest request) {
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            throw new IllegalStateException("A mail must be queued in the writing transaction of its fact");
        }
        if (mails.existsByFactKey(request.factKey())) {
            LOG.debug("Mail for fact {} is queued already", request.factKey());
            return false;
        }
        queue(request);
        return true;
    }

    /**
     * Queues the mail for a fact this transaction has just created, whose key no mail can carry yet
     * (a registration's key names the row version this transaction wrote), so without the look-up
     * {@link #enqueue} makes first: a registration queues its mail while it holds the event's lock,
     * where every statement counts. The unique key still refuses a second mail for the fact.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueueNew(MailRequest request) {
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            throw new IllegalStateException("A mail must be queued in the writing transaction of its fact");
        }
        queue(request);
    }

    /**
     * A phrase from the translation bundles in the recipient's language (German unless English),
     * for the lines a feature puts into a mail's placeholder, such as a list of booked sessions.
     */
    public String phrase(Locale language, String key, Object... params) {
        return templates.phrase(language, key, List.of(params));
    }

    /**
     * The mail as it would be queued, without queueing it: for a preview of a text that is not
     * stored yet (an announcement the admin is writing).
     */
    public RenderedMail render(MailTemplate template, Locale language, Object... params) {
        return templates.render(template, MailTemplates.supported(language), List.of(params));
    }

    private void queue(MailRequest request) {
        String recipient = checkedAddress(request.recipient());
        Locale language = MailTemplates.supported(request.language());
        RenderedMail text = templates.render(request.template(), language, request.params());
        mails.save(new OutboxMail(
                request.factKey(),
                recipient,
                language.getLanguage(),
                request.template(),
                text,
                request.attachments(),
                clock.instant()));
    }

    /**
     * Deletes every mail to the address, whatever its state: for people without an account (guests)
     * whose data is erased, their mails go with it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int forgetMailsTo(String recipient) {
        return mails.deleteByRecipient(recipient);
    }

    /** A mail to an address the server cannot even parse would only fail ten times; refuse it now. */
    private static String checkedAddress(String recipient) {
        String address = recipient.strip();
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            // Only a bare address: a display name here would come from user input into a header.
            if (address.length() > 254 || !address.contains("@") || !address.equals(parsed.getAddress())) {
                throw new AddressException("not a bare address", address);
            }
            return address;
        } catch (AddressException e) {
            throw new DomainException("validation.email.invalid");
        }
    }
}
