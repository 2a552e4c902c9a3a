package de.ddnhamburg.network.domain.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Sends through the SMTP server configured with {@code spring.mail.*}. */
class SmtpMailGateway implements MailGateway {

    private final JavaMailSender sender;
    private final InternetAddress from;
    private final String messageIdDomain;
    private final Clock clock;

    SmtpMailGateway(JavaMailSender sender, InternetAddress from, Clock clock) {
        this.sender = sender;
        this.from = from;
        this.messageIdDomain = from.getAddress().substring(from.getAddress().indexOf('@') + 1);
        this.clock = clock;
    }

    @Override
    public void send(OutgoingMail mail) {
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper =
                    new MimeMessageHelper(message, !mail.attachments().isEmpty(), StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(mail.recipient());
            helper.setSubject(mail.subject());
            helper.setText(mail.body(), false);
            for (MailAttachment attachment : mail.attachments()) {
                // Each as its own part with the full type, method=PUBLISH included: calendar programs
                // then offer "add to calendar" instead of treating it as an invitation to answer.
                helper.addAttachment(
                        attachment.fileName(), new ByteArrayDataSource(attachment.bytes(), attachment.contentType()));
            }
            helper.setSentDate(Date.from(clock.instant()));
            // At-least-once: if we crash after the server accepted the mail but before the row says
            // SENT, the mail goes out again after the restart. It then carries the same Message-ID,
            // so mail servers and clients that de-duplicate by it show it once. Spring keeps an
            // explicitly set Message-ID instead of generating a new one.
            message.setHeader("Message-ID", messageId(mail));
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        sender.send(message);
    }

    @Override
    public boolean deliversToRecipients() {
        return true;
    }

    /** Stable for one outbox row, and different across installations that reuse ids. */
    String messageId(OutgoingMail mail) {
        return "<outbox." + mail.id() + "." + mail.createdAt().toEpochMilli() + "@" + messageIdDomain + ">";
    }
}
