package de.ddnhamburg.network.domain.mail;

import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Without an SMTP server (the default profile) a mail is written to the log and counts as
 * delivered, so that development and demos work and admins still see every mail in the outbox.
 * The prod profile refuses to start without SMTP instead (see {@link MailConfig}).
 */
class LoggingMailGateway implements MailGateway {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingMailGateway.class);

    @Override
    public void send(OutgoingMail mail) {
        LOG.info(
                "No SMTP server configured; mail {} is logged instead of sent.\nTo: {}\nSubject: {}\n\n{}{}",
                mail.id(),
                mail.recipient(),
                mail.subject(),
                mail.body(),
                mail.attachments().stream()
                        .map(attachment ->
                                "\n\nAttachment: " + attachment.fileName() + " (" + attachment.contentType() + ")")
                        .collect(Collectors.joining()));
    }

    @Override
    public boolean deliversToRecipients() {
        return false;
    }
}
