package de.ddnhamburg.network.domain.mail;

/**
 * A mail queued for a fact, for the history of the record the fact names: the fact key as the
 * feature wrote it (such as {@code congress.changed:12:3}) and the mail as admins see it in the list.
 */
public record MailFact(String factKey, OutboxMailSummary mail) {}
