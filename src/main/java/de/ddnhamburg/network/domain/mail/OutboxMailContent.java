package de.ddnhamburg.network.domain.mail;

/** The full text of one mail, plain text: shown as text, never as HTML. */
public record OutboxMailContent(long id, String recipient, String subject, String body) {}
