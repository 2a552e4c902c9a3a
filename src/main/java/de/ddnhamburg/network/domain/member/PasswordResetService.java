package de.ddnhamburg.network.domain.member;

import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.audit.AuditNote;
import de.ddnhamburg.network.domain.audit.AuditService;
import de.ddnhamburg.network.domain.common.AnonymousForm;
import de.ddnhamburg.network.domain.common.ClientLimits;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Forgot password": a link by mail sets a new password (OWASP ASVS 6.4). Open to guests by
 * necessity; a request is always answered the same, whether the address exists or not.
 */
@Service
@Transactional
public class PasswordResetService {

    private final MemberRepository members;
    private final AccountTokens tokens;
    private final AccountMails mails;
    private final JoiningService joining;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    private final AccountProperties settings;
    private final MemberSessions sessions;
    private final ClientLimits clientLimits;
    private final TransactionTemplate writing;

    PasswordResetService(
            MemberRepository members,
            AccountTokens tokens,
            AccountMails mails,
            JoiningService joining,
            PasswordEncoder passwordEncoder,
            AuditService audit,
            AccountProperties settings,
            MemberSessions sessions,
            ClientLimits clientLimits,
            PlatformTransactionManager transactions) {
        this.members = members;
        this.tokens = tokens;
        this.mails = mails;
        this.joining = joining;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.settings = settings;
        this.sessions = sessions;
        this.clientLimits = clientLimits;
        this.writing = new TransactionTemplate(transactions);
    }

    /**
     * Mails a reset link if the address belongs to a member who may have one, and otherwise does
     * nothing visible. At most {@code app.account.mails-per-hour} links per address and hour, so
     * that the form cannot be used to flood a mailbox; further requests are dropped silently.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void requestReset(String email) {
        EmailAddress address = AccountRules.checkEmail(AccountRules.EMAIL, email);
        // Before the transaction: the limit commits in a transaction of its own, and a connection
        // held here while it waits for a second one would let a burst of forms drain the pool.
        clientLimits.acquire(AnonymousForm.PASSWORD_RESET);
        writing.executeWithoutResult(status -> requestResetFor(address));
    }

    private void requestResetFor(EmailAddress address) {
        Optional<Member> found = members.findByEmail(address.value());
        if (found.isEmpty()) {
            audit.record(
                    AuditAction.PASSWORD_RESET_REQUESTED,
                    address.value(),
                    null,
                    AuditNote.of("audit.detail.noAccount"),
                    null);
            return;
        }
        Member member = found.get();
        String outcome = switch (member.getStatus()) {
            // Never confirmed: the address is not proven yet, so it gets the confirmation link instead.
            case PENDING_EMAIL -> {
                joining.resendConfirmation(address.value());
                yield AuditNote.of("audit.detail.confirmationResent");
            }
            case SUSPENDED, DELETED -> AuditNote.of("audit.detail.suspendedIgnored");
            case REJECTED -> AuditNote.of("audit.detail.rejectedIgnored");
            case ACTIVE, PENDING_APPROVAL -> {
                if (tokens.limitReached(member.id(), TokenPurpose.RESET_PASSWORD, settings.mailsPerHour())) {
                    yield AuditNote.of("audit.detail.mailLimit");
                }
                mails.passwordReset(
                        member, tokens.issue(member.id(), TokenPurpose.RESET_PASSWORD, settings.resetValidity(), null));
                yield AuditNote.of("audit.detail.linkSent");
            }
        };
        audit.record(AuditAction.PASSWORD_RESET_REQUESTED, address.value(), "member:" + member.id(), outcome, null);
    }

    /** Whether the link can reset a password, without using it up: the page asks before it shows the form. */
    @Transactional(readOnly = true)
    public void checkToken(String token) {
        tokens.check(token, TokenPurpose.RESET_PASSWORD);
    }

    /**
     * Sets the new password and uses the link up; every session of the member ends, the other
     * reset, confirmation and e-mail-change links stop working, and the member is told by mail.
     *
     * @throws InvalidInputException for a password the policy refuses or a repeat that differs;
     *     the link stays usable then
     * @throws InvalidTokenException when the link is unknown, expired or used
     */
    public void resetPassword(String token, String newPassword, String repeat) {
        tokens.check(token, TokenPurpose.RESET_PASSWORD);
        AccountRules.checkNewPassword(newPassword, repeat);
        MemberToken used = tokens.consume(token, TokenPurpose.RESET_PASSWORD);
        Member member = members.findById(used.getMemberId()).orElseThrow(NotFoundException::new);
        member.setPasswordHash(PasswordHashing.hash(passwordEncoder, newPassword));
        tokens.revokeAllLinks(member.id());
        member.endSessions();
        sessions.endAllAfterCommit(member.id());
        mails.passwordChanged(member);
        audit.record(AuditAction.PASSWORD_RESET, member.getEmail(), "member:" + member.id(), null, null);
    }
}
