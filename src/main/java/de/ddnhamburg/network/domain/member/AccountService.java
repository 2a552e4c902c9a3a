package de.ddnhamburg.network.domain.member;

import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.audit.AuditNote;
import de.ddnhamburg.network.domain.audit.AuditService;
import de.ddnhamburg.network.domain.common.DataSubject;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.common.PersonalDataSection;
import de.ddnhamburg.network.security.CurrentUser;
import de.ddnhamburg.network.security.Roles;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in member's login data: password and e-mail address. Both changes need the current
 * password (OWASP ASVS 6.2.3), so that an unattended session is not enough to take the account over,
 * and both are announced by mail.
 */
@Service
@Transactional
public class AccountService {

    private final MemberRepository members;
    private final MemberConsentRepository consents;
    private final MemberTokenRepository tokenRows;
    private final AccountTokens tokens;
    private final AccountMails mails;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    private final AccountProperties settings;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final List<PersonalDataSection> personalData;
    private final MemberSessions sessions;
    private final SecureRandom random = new SecureRandom();

    AccountService(
            MemberRepository members,
            MemberConsentRepository consents,
            MemberTokenRepository tokenRows,
            AccountTokens tokens,
            AccountMails mails,
            PasswordEncoder passwordEncoder,
            AuditService audit,
            AccountProperties settings,
            CurrentUser currentUser,
            Clock clock,
            List<PersonalDataSection> personalData,
            MemberSessions sessions) {
        this.members = members;
        this.consents = consents;
        this.tokenRows = tokenRows;
        this.tokens = tokens;
        this.mails = mails;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.settings = settings;
        this.currentUser = currentUser;
        this.clock = clock;
        this.personalData = List.copyOf(personalData);
        this.sessions = sessions;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.MEMBER + "')")
    public AccountOverview overview() {
        Member member = current();
        var pending = tokenRows.findFirstByMemberIdAndPurposeAndUsedAtIsNullAndExpiresAtAfterOrderByCreatedAtDesc(
                member.id(), TokenPurpose.CHANGE_EMAIL, clock.instant());
        return new AccountOverview(
                member.getEmail(),
                pending.map(MemberToken::getNewEmail).orElse(null),
                pending.map(MemberToken::getExpiresAt).orElse(null),
                consents.findByMemberIdOrderByGivenAtAscIdAsc(member.id()).stream()
                        .map(MemberConsent::toRecord)
                        .toList());
    }

    /**
     * Sets a new password; the member's other sessions end, outstanding reset, confirmation and
     * e-mail-change links stop working, and the member is told by mail.
     *
     * @throws InvalidInputException when the current password is wrong or the new one is not accepted
     */
    @PreAuthorize("hasRole('" + Roles.MEMBER + "')")
    public void changePassword(String currentPassword, String newPassword, String repeat) {
        Member member = current();
        requireCurrentPassword(member, currentPassword);
        AccountRules.checkNewPassword(newPassword, repeat);
        member.setPasswordHash(PasswordHashing.hash(passwordEncoder, newPassword));
        tokens.revokeAllLinks(member.id());
        // Every other session ends (on every node, see SessionValidityFilter); this one goes on.
        member.endSessions();
        currentUser.keepSessionAfterCommit(member.getSessionEpoch());
        sessions.endOthersAfterCommit(member.id());
        mails.passwordChanged(member);
        audit.record(AuditAction.PASSWORD_CHANGED, target(member), null);
    }

    /**
     * Mails a confirmation link to the new address; the login changes only when it is used. If the
     * address belongs to another member, that member gets a notice instead and the answer is the
     * same, so that the form cannot be used to find out who is registered.
     *
     * @throws InvalidInputException when the current password is wrong or the address is invalid or the current one
     * @throws DomainException when the member asked for too many links within the last hour
     */
    @PreAuthorize("hasRole('" + Roles.MEMBER + "')")
    public void requestEmailChange(String currentPassword, String newEmail) {
        Member member = current();
        requireCurrentPassword(member, currentPassword);
        EmailAddress address = AccountRules.checkEmail(AccountRules.EMAIL, newEmail);
        if (address.value().equals(member.getEmail())) {
            throw InvalidInputException.of(AccountRules.EMAIL, "account.email.same");
        }
        if (tokens.limitReached(member.id(), TokenPurpose.CHANGE_EMAIL, settings.mailsPerHour())) {
            throw new DomainException("account.email.tooMany");
        }
        var owner = members.findByEmail(address.value());
        if (owner.isPresent()) {
            // Pending like a sent link, so the account page and the limit look the same as for a
            // free address; its secret is never mailed, and confirming would be refused anyway.
            tokens.issue(member.id(), TokenPurpose.CHANGE_EMAIL, settings.emailChangeValidity(), address.value());
            mails.addressInUse(owner.get());
        } else {
            mails.confirmEmailChange(
                    member,
                    address,
                    tokens.issue(
                            member.id(), TokenPurpose.CHANGE_EMAIL, settings.emailChangeValidity(), address.value()));
        }
        audit.record(
                AuditAction.EMAIL_CHANGE_REQUESTED,
                target(member),
                AuditNote.of(owner.isPresent() ? "audit.detail.toInUse" : "audit.detail.to", address.value()));
    }

    /**
     * The new address a link would confirm, without using the link up: the page asks first.
     *
     * <p>Open to guests: the link itself proves that the new address's owner asked for it, and
     * the member may open it on a device where they are not signed in.
     */
    @Transactional(readOnly = true)
    public String checkEmailChange(String token) {
        String newEmail = tokens.check(token, TokenPurpose.CHANGE_EMAIL).getNewEmail();
        if (newEmail == null) {
            throw new InvalidTokenException(TokenProblem.UNKNOWN);
        }
        return newEmail;
    }

    /**
     * Makes the new address the login. The old address is told, and reset links sent to it stop
     * working, since it no longer controls the account.
     *
     * @return the new address
     * @throws InvalidTokenException when the link is unknown, expired or used
     * @throws DomainException when another account took the address in the meantime
     */
    public String confirmEmailChange(String token) {
        String newEmail = checkEmailChange(token);
        if (members.existsByEmail(newEmail)) {
            throw new DomainException("account.email.takenMeanwhile");
        }
        MemberToken used = tokens.consume(token, TokenPurpose.CHANGE_EMAIL);
        Member member = members.findById(used.getMemberId()).orElseThrow(NotFoundException::new);
        String oldEmail = member.getEmail();
        member.changeEmail(new EmailAddress(newEmail));
        tokens.revokeAll(member.id(), TokenPurpose.CHANGE_EMAIL);
        tokens.revokeAll(member.id(), TokenPurpose.RESET_PASSWORD);
        mails.emailChanged(member, oldEmail, used.getId());
        audit.record(
                AuditAction.EMAIL_CHANGED, oldEmail, target(member), AuditNote.of("audit.detail.to", newEmail), null);
        return newEmail;
    }

    /**
     * Deletes the signed-in member's account (GDPR Art. 17): a confirmation is mailed to the
     * address first, every feature erases its data about the member, the mailed links go, and the
     * member row is anonymised with a login nobody can use. What is kept, and why, is documented in
     * docs/decisions/008-personal-data.md. Every session of the member ends: the caller's own, and
     * the others at their next request.
     *
     * @throws InvalidInputException when the current password is wrong; then nothing changes
     */
    @PreAuthorize("hasRole('" + Roles.MEMBER + "')")
    public void deleteAccount(String currentPassword) {
        Member member = current();
        requireCurrentPassword(member, currentPassword);
        DataSubject subject = new DataSubject(member.id(), member.getEmail());
        mails.accountDeleted(member);
        audit.record(AuditAction.ACCOUNT_DELETED, target(member), null);
        personalData.forEach(section -> section.erase(subject));
        tokenRows.deleteByMember(member.id());
        // Read again: a section's bulk update may have flushed and cleared the persistence context.
        Member erased = members.findById(subject.memberId()).orElseThrow(NotFoundException::new);
        erased.anonymise(deletedEmail(erased), unusableHash());
        members.flush();
        sessions.endAllAfterCommit(erased.id());
    }

    /** Unique through the id; {@code .invalid} can never be delivered to (RFC 2606). */
    static String deletedEmail(Member member) {
        return "deleted-" + member.id() + "@deleted.invalid";
    }

    /** The hash of a random secret that is thrown away: no password matches it. */
    private String unusableHash() {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return PasswordHashing.hash(passwordEncoder, HexFormat.of().formatHex(secret));
    }

    /** A wrong current password is a field problem like any other, and changes nothing. */
    private void requireCurrentPassword(Member member, String currentPassword) {
        if (!passwordEncoder.matches(currentPassword, member.getPasswordHash())) {
            throw InvalidInputException.of(AccountRules.CURRENT_PASSWORD, "account.password.currentWrong");
        }
    }

    private Member current() {
        long id = currentUser.memberId().orElseThrow(NotFoundException::new);
        return CurrentMember.require(members.findById(id), currentUser);
    }

    private static String target(Member member) {
        return "member:" + member.id();
    }
}
