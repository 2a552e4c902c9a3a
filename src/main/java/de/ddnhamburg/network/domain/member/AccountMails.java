package de.ddnhamburg.network.domain.member;

import de.ddnhamburg.network.domain.common.PublicLinks;
import de.ddnhamburg.network.domain.mail.MailOutbox;
import de.ddnhamburg.network.domain.mail.MailRequest;
import de.ddnhamburg.network.domain.mail.MailTemplate;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;

/** The mails of joining and of the account, queued in the caller's transaction. */
@Component
class AccountMails {

    private final MailOutbox outbox;
    private final PublicLinks links;
    private final Clock clock;

    AccountMails(MailOutbox outbox, PublicLinks links, Clock clock) {
        this.outbox = outbox;
        this.links = links;
        this.clock = clock;
    }

    void confirmRegistration(Member member, AccountTokens.Issued token) {
        outbox.enqueue(MailRequest.of(
                "member.confirmRegistration:" + member.id() + ":" + token.id(),
                member.getEmail(),
                member.getLanguage(),
                MailTemplate.CONFIRM_REGISTRATION,
                member.getDisplayName(),
                links.withToken(PublicLinks.CONFIRM_REGISTRATION, token.secret()),
                token.expiresAt()));
    }

    /**
     * At most one a day per member, whatever happens: the fact is "someone tried on this day", so a
     * script cannot use the joining form to flood a member's mailbox.
     */
    void addressInUse(Member owner) {
        LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        outbox.enqueue(MailRequest.of(
                "member.addressInUse:" + owner.id() + ":" + day,
                owner.getEmail(),
                owner.getLanguage(),
                MailTemplate.ADDRESS_IN_USE,
                owner.getDisplayName(),
                links.page(PublicLinks.LOGIN),
                links.page(PublicLinks.FORGOT_PASSWORD)));
    }

    void passwordReset(Member member, AccountTokens.Issued token) {
        outbox.enqueue(MailRequest.of(
                "member.passwordReset:" + member.id() + ":" + token.id(),
                member.getEmail(),
                member.getLanguage(),
                MailTemplate.PASSWORD_RESET,
                member.getDisplayName(),
                links.withToken(PublicLinks.RESET_PASSWORD, token.secret()),
                token.expiresAt()));
    }

    void passwordChanged(Member member) {
        var now = clock.instant();
        outbox.enqueue(MailRequest.of(
                "member.passwordChanged:" + member.id() + ":" + now.toEpochMilli(),
                member.getEmail(),
                member.getLanguage(),
                MailTemplate.PASSWORD_CHANGED,
                member.getDisplayName(),
                now));
    }

    void confirmEmailChange(Member member, EmailAddress newEmail, AccountTokens.Issued token) {
        outbox.enqueue(MailRequest.of(
                "member.confirmEmailChange:" + member.id() + ":" + token.id(),
                newEmail.value(),
                member.getLanguage(),
                MailTemplate.CONFIRM_EMAIL_CHANGE,
                member.getDisplayName(),
                newEmail.value(),
                links.withToken(PublicLinks.CONFIRM_EMAIL_CHANGE, token.secret()),
                token.expiresAt()));
    }

    /** To the address that was the login until now, which must still hear about the change. */
    void emailChanged(Member member, String oldEmail, long tokenId) {
        outbox.enqueue(MailRequest.of(
                "member.emailChanged:" + member.id() + ":" + tokenId,
                oldEmail,
                member.getLanguage(),
                MailTemplate.EMAIL_CHANGED,
                member.getDisplayName(),
                member.getEmail(),
                clock.instant()));
    }

    void welcome(Member member) {
        outbox.enqueue(MailRequest.of(
                "member.welcome:" + member.id(),
                member.getEmail(),
                member.getLanguage(),
                MailTemplate.WELCOME,
                member.getDisplayName()));
    }

    /** Queued before the account is anonymised: afterwards neither the address nor the name is known. */
    void accountDeleted(Member member) {
        outbox.enqueue(MailRequest.of(
                "member.accountDeleted:" + member.id(),
                member.getEmail(),
                member.getLanguage(),
                MailTemplate.ACCOUNT_DELETED,
                member.getDisplayName(),
                clock.instant()));
    }

    void approved(Member member) {
        outbox.enqueue(MailRequest.of(
                "member.approved:" + member.id(),
                member.getEmail(),
                member.getLanguage(),
                MailTemplate.MEMBER_APPROVED,
                member.getDisplayName(),
                links.page(PublicLinks.LOGIN)));
    }

    void rejected(Member member) {
        outbox.enqueue(MailRequest.of(
                "member.rejected:" + member.id(),
                member.getEmail(),
                member.getLanguage(),
                MailTemplate.MEMBER_REJECTED,
                member.getDisplayName()));
    }

    /** A member can be suspended again after a reactivation, so the time is part of the fact. */
    void suspended(Member member) {
        var now = clock.instant();
        outbox.enqueue(MailRequest.of(
                "member.suspended:" + member.id() + ":" + now.toEpochMilli(),
                member.getEmail(),
                member.getLanguage(),
                MailTemplate.MEMBER_SUSPENDED,
                member.getDisplayName(),
                now));
    }
}
