package de.ddnhamburg.network.domain.mail;

/** Hands one mail to the outside world; throws if it was not accepted, so the sender tries again. */
interface MailGateway {

    void send(OutgoingMail mail);

    /** Whether mails reach their recipients, or only the log (no SMTP server configured). */
    boolean deliversToRecipients();
}
