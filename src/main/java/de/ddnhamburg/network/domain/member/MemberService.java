package de.ddnhamburg.network.domain.member;

import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.audit.AuditNote;
import de.ddnhamburg.network.domain.audit.AuditService;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.security.CurrentUser;
import de.ddnhamburg.network.security.Roles;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class MemberService {

    private static final Set<Locale> SUPPORTED_LANGUAGES = Set.of(Locale.GERMAN, Locale.ENGLISH);

    private final MemberRepository members;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final MemberSessions sessions;

    MemberService(MemberRepository members, AuditService audit, CurrentUser currentUser, MemberSessions sessions) {
        this.members = members;
        this.audit = audit;
        this.currentUser = currentUser;
        this.sessions = sessions;
    }

    /**
     * Used by the login itself, so it is open to unauthenticated callers by necessity. It returns
     * nothing for addresses that are not valid at all, exactly as for unknown ones.
     */
    public Optional<LoginAccount> findLoginAccount(String email) {
        String normalised = EmailAddress.normalise(email);
        return members.findByEmail(normalised)
                .map(member -> new LoginAccount(
                        member.id(),
                        member.getEmail(),
                        member.getPasswordHash(),
                        Set.copyOf(member.getRoles()),
                        member.getStatus().canLogIn(),
                        member.getLanguage(),
                        member.getSessionEpoch()));
    }

    /**
     * Whether a session signed in with {@code sessionEpoch} may still act for the member: the
     * member is ACTIVE and nothing has ended their sessions since (password, roles, suspension,
     * deletion). Asked on every request by the security layer, so open to everybody; it reveals
     * nothing a session does not already hold.
     */
    public boolean sessionStillValid(long memberId, int sessionEpoch) {
        return members.sessionEpochOf(memberId, MemberStatus.ACTIVE)
                .filter(current -> current == sessionEpoch)
                .isPresent();
    }

    /** Called by the login when a stored hash uses weaker parameters than we encode with today. */
    @Transactional
    public void upgradePasswordHash(String email, String newHash) {
        members.findByEmail(EmailAddress.normalise(email)).ifPresent(member -> member.setPasswordHash(newHash));
    }

    @PreAuthorize("isAuthenticated()")
    public MemberSummary getCurrentMember() {
        return MemberSummary.of(loadCurrent());
    }

    /** Remembers the chosen language, so that the UI and later mails use it. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeLanguage(Locale language) {
        Locale supported = Locale.of(language.getLanguage());
        if (!SUPPORTED_LANGUAGES.contains(supported)) {
            throw new DomainException("validation.language.unsupported");
        }
        loadCurrent().setLanguage(supported);
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public MemberSummary changeRoles(long memberId, Set<String> newRoles) {
        if (!Roles.ALL.containsAll(newRoles) || !newRoles.contains(Roles.MEMBER)) {
            throw new DomainException("member.roles.invalid");
        }
        Member member = members.findById(memberId).orElseThrow(NotFoundException::new);
        boolean ownAccount = currentUser.memberId().filter(id -> id == memberId).isPresent();
        if (ownAccount && !newRoles.contains(Roles.ADMIN)) {
            // Otherwise the last admin could lock everybody out of the administration.
            throw new DomainException("member.roles.cannotRemoveOwnAdmin");
        }
        Set<String> before = new TreeSet<>(member.getRoles());
        if (before.equals(new TreeSet<>(newRoles))) {
            return MemberSummary.of(member);
        }
        member.setRoles(newRoles);
        member.endSessions();
        audit.record(
                AuditAction.ROLE_CHANGED,
                "member:" + memberId,
                AuditNote.of("audit.note.change", roleNames(before), roleNames(new TreeSet<>(newRoles))));
        // Open sessions carry the old roles; the member logs in again and gets the new ones.
        sessions.endAllAfterCommit(memberId);
        return MemberSummary.of(member);
    }

    private static Object roleNames(Set<String> roles) {
        return AuditNote.keys(
                roles.stream().map(role -> "admin.members.role." + role).toList());
    }

    private Member loadCurrent() {
        long id = currentUser.memberId().orElseThrow(NotFoundException::new);
        return CurrentMember.require(members.findById(id), currentUser);
    }
}
