package de.ddnhamburg.network.domain.mail;

import java.time.Instant;
import java.util.List;

/** What a {@link MailGateway} needs to send one mail; the id and creation time make its Message-ID. */
record OutgoingMail(
        long id, Instant createdAt, String recipient, String subject, String body, List<MailAttachment> attachments) {}
