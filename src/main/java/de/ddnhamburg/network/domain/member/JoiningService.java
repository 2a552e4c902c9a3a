package de.ddnhamburg.network.domain.member;

import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.audit.AuditNote;
import de.ddnhamburg.network.domain.audit.AuditService;
import de.ddnhamburg.network.domain.common.AnonymousForm;
import de.ddnhamburg.network.domain.common.ClientLimits;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.common.PlatformProperties;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Joining with double opt-in: a guest applies, confirms the address by a mailed link, and is then a
 * member (or waits for an admin's approval when {@code app.membership.approval-required} is set).
 *
 * <p>Open to guests by necessity, so nothing here may tell whether an address is registered
 * (OWASP ASVS 6.3.8): every request gets the same answer, and what differs goes by mail to the
 * owner of the address.
 */
@Service
@Transactional
public class JoiningService {

    private final MemberRepository members;
    private final MemberConsentRepository consents;
    private final AccountTokens tokens;
    private final AccountMails mails;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    private final AccountProperties settings;
    private final MembershipProperties membership;
    private final PlatformProperties platform;
    private final Clock clock;
    private final ClientLimits clientLimits;
    private final TransactionTemplate writing;

    JoiningService(
            MemberRepository members,
            MemberConsentRepository consents,
            AccountTokens tokens,
            AccountMails mails,
            PasswordEncoder passwordEncoder,
            AuditService audit,
            AccountProperties settings,
            MembershipProperties membership,
            PlatformProperties platform,
            Clock clock,
            ClientLimits clientLimits,
            PlatformTransactionManager transactions) {
        this.members = members;
        this.consents = consents;
        this.tokens = tokens;
        this.mails = mails;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.settings = settings;
        this.membership = membership;
        this.platform = platform;
        this.clock = clock;
        this.clientLimits = clientLimits;
        this.writing = new TransactionTemplate(transactions);
    }

    /**
     * Applies for membership. Returns normally whether the address was new, belonged to an
     * unconfirmed registration (which stays unchanged, its password too, and gets its confirmation
     * link again) or to a member (who gets a notice instead).
     *
     * @throws InvalidInputException for invalid input, which reveals nothing about other accounts
     * @throws DomainException when the client address sent too many forms within the window
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void join(JoinRequest request) {
        AccountRules.checkJoin(request);
        // Before the transaction: the limit commits in a transaction of its own, and a connection
        // held here while it waits for a second one would let a burst of forms drain the pool.
        clientLimits.acquire(AnonymousForm.JOIN);
        // Encoded on every path, so that a taken address does not answer measurably faster; and
        // before the transaction, so that no connection waits for the Argon2 hash.
        String passwordHash = PasswordHashing.hash(passwordEncoder, request.password());
        writing.executeWithoutResult(status -> join(request, passwordHash));
    }

    private void join(JoinRequest request, String passwordHash) {
        EmailAddress email = EmailAddress.of(request.email());
        String firstName = request.firstName().strip();
        String lastName = request.lastName().strip();
        String organisation = blankToNull(request.organisation());
        Locale language = supported(request.language());

        Optional<Member> existing = members.findByEmail(email.value());
        if (existing.isEmpty()) {
            Member member = new Member(email, passwordHash, firstName, lastName);
            member.setOrganisation(organisation);
            member.setLanguage(language);
            members.save(member);
            recordConsentAndSendLink(member);
            audit.record(
                    AuditAction.JOIN_REQUESTED,
                    email.value(),
                    target(member),
                    AuditNote.of("audit.detail.newRegistration"),
                    null);
            return;
        }
        Member member = existing.get();
        if (member.getStatus() != MemberStatus.PENDING_EMAIL) {
            mails.addressInUse(member);
            audit.record(
                    AuditAction.JOIN_REQUESTED,
                    email.value(),
                    target(member),
                    AuditNote.of("audit.detail.addressInUse"),
                    null);
            return;
        }
        if (tokens.limitReached(member.id(), TokenPurpose.CONFIRM_EMAIL, settings.mailsPerHour())) {
            audit.record(
                    AuditAction.JOIN_REQUESTED,
                    email.value(),
                    target(member),
                    AuditNote.of("audit.detail.mailLimit"),
                    null);
            return;
        }
        // The registration stays as it was (its password above all: whoever knows only the address
        // must not set it); its owner gets the confirmation link again.
        sendConfirmationLink(member);
        audit.record(
                AuditAction.JOIN_REQUESTED, email.value(), target(member), AuditNote.of("audit.note.joinResent"), null);
    }

    /** Whether the link can confirm an address, without using it up: the page asks before it confirms. */
    @Transactional(readOnly = true)
    public void checkConfirmation(String token) {
        tokens.check(token, TokenPurpose.CONFIRM_EMAIL);
    }

    /**
     * Confirms the address the link was sent to.
     *
     * @return {@link MemberStatus#ACTIVE}, or {@link MemberStatus#PENDING_APPROVAL} when an admin approves members
     * @throws InvalidTokenException when the link is unknown, expired or used
     */
    public MemberStatus confirm(String token) {
        MemberToken used = tokens.consume(token, TokenPurpose.CONFIRM_EMAIL);
        Member member = members.findById(used.getMemberId()).orElseThrow(NotFoundException::new);
        if (member.getStatus() != MemberStatus.PENDING_EMAIL) {
            return member.getStatus();
        }
        tokens.revokeAll(member.id(), TokenPurpose.CONFIRM_EMAIL);
        if (membership.approvalRequired()) {
            member.setStatus(MemberStatus.PENDING_APPROVAL);
        } else {
            member.setStatus(MemberStatus.ACTIVE);
            mails.welcome(member);
        }
        audit.record(
                AuditAction.EMAIL_CONFIRMED,
                member.getEmail(),
                target(member),
                AuditNote.of(
                        "audit.note.status",
                        AuditNote.key(
                                "admin.members.status." + member.getStatus().name())),
                null);
        return member.getStatus();
    }

    /**
     * Sends a new confirmation link if the address belongs to a registration that still waits for
     * one, and silently does nothing otherwise: the answer must not tell which.
     */
    public void resendConfirmation(String email) {
        EmailAddress address = AccountRules.checkEmail(AccountRules.EMAIL, email);
        members.findByEmail(address.value())
                .filter(member -> member.getStatus() == MemberStatus.PENDING_EMAIL)
                .filter(member ->
                        !tokens.limitReached(member.id(), TokenPurpose.CONFIRM_EMAIL, settings.mailsPerHour()))
                .ifPresent(this::sendConfirmationLink);
    }

    void sendConfirmationLink(Member member) {
        mails.confirmRegistration(
                member, tokens.issue(member.id(), TokenPurpose.CONFIRM_EMAIL, settings.confirmationValidity(), null));
    }

    private void recordConsentAndSendLink(Member member) {
        consents.save(new MemberConsent(
                member.id(), ConsentKind.PRIVACY_NOTICE, platform.privacy().version(), clock.instant()));
        sendConfirmationLink(member);
    }

    private static String target(Member member) {
        return "member:" + member.id();
    }

    private static Locale supported(Locale language) {
        return Locale.ENGLISH.getLanguage().equals(language.getLanguage()) ? Locale.ENGLISH : Locale.GERMAN;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
