package de.ddnhamburg.network.domain.mail;

public enum MailStatus {
    /** Waiting for its first or next delivery attempt. */
    PENDING,
    /** Accepted by the mail server (or, without one, written to the log). */
    SENT,
    /** Gave up after the configured number of attempts; an admin can send it again. */
    FAILED
}
