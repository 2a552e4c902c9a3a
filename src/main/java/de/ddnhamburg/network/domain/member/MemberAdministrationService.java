package de.ddnhamburg.network.domain.member;

import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.audit.AuditService;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.security.CurrentUser;
import de.ddnhamburg.network.security.Roles;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The member administration: list and search all accounts, read everything about one (audited),
 * approve or reject applications, suspend and reactivate memberships, change roles. Every change is
 * audited, and the member is mailed where the change concerns them.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class MemberAdministrationService {

    private static final Sort ORDER = Sort.by("lastName", "firstName", "id");

    private final MemberRepository members;
    private final MemberService memberService;
    private final AccountMails mails;
    private final MemberSessions sessions;
    private final AuditService audit;
    private final CurrentUser currentUser;

    MemberAdministrationService(MemberRepository members, MemberService memberService, AccountMails mails,
            MemberSessions sessions, AuditService audit, CurrentUser currentUser) {
        this.members = members;
        this.memberService = memberService;
        this.mails = mails;
        this.sessions = sessions;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /** One page, sorted by name; paged and filtered in the database. */
    public List<AdminMemberRow> findPage(AdminMemberFilter filter, Pageable pageable) {
        var page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), ORDER);
        return members.findAll(AdminMemberQuery.of(filter), page).map(AdminMemberRow::of).getContent();
    }

    public long count(AdminMemberFilter filter) {
        return members.count(AdminMemberQuery.of(filter));
    }

    /** Everything about one member, hidden details included; the read goes into the audit log. */
    @Transactional
    public AdminMemberDetails details(long memberId, Locale locale) {
        Member member = load(memberId);
        audit.record(AuditAction.MEMBER_DETAILS_VIEWED, target(member), null);
        return AdminMemberDetails.of(member, locale);
    }

    /** Lets an applicant in. Approving an active member again changes nothing. */
    @Transactional
    public AdminMemberRow approve(long memberId) {
        Member member = load(memberId);
        if (member.getStatus() == MemberStatus.ACTIVE) {
            return AdminMemberRow.of(member);
        }
        requireStatus(member, MemberStatus.PENDING_APPROVAL, "member.admin.notPending");
        member.setStatus(MemberStatus.ACTIVE);
        mails.approved(member);
        audit.record(AuditAction.MEMBER_APPROVED, target(member), null);
        return AdminMemberRow.of(member);
    }

    @Transactional
    public AdminMemberRow reject(long memberId) {
        Member member = load(memberId);
        if (member.getStatus() == MemberStatus.REJECTED) {
            return AdminMemberRow.of(member);
        }
        requireStatus(member, MemberStatus.PENDING_APPROVAL, "member.admin.notPending");
        member.setStatus(MemberStatus.REJECTED);
        mails.rejected(member);
        audit.record(AuditAction.MEMBER_REJECTED, target(member), null);
        return AdminMemberRow.of(member);
    }

    /** The member can no longer log in, and their open sessions end when this commits. */
    @Transactional
    public AdminMemberRow suspend(long memberId) {
        if (isCurrentUser(memberId)) {
            throw new DomainException("member.admin.cannotSuspendSelf");
        }
        Member member = load(memberId);
        if (member.getStatus() == MemberStatus.SUSPENDED) {
            return AdminMemberRow.of(member);
        }
        requireStatus(member, MemberStatus.ACTIVE, "member.admin.notActive");
        member.setStatus(MemberStatus.SUSPENDED);
        mails.suspended(member);
        audit.record(AuditAction.MEMBER_SUSPENDED, target(member), null);
        sessions.endAllAfterCommit(memberId);
        return AdminMemberRow.of(member);
    }

    @Transactional
    public AdminMemberRow reactivate(long memberId) {
        Member member = load(memberId);
        if (member.getStatus() == MemberStatus.ACTIVE) {
            return AdminMemberRow.of(member);
        }
        requireStatus(member, MemberStatus.SUSPENDED, "member.admin.notSuspended");
        member.setStatus(MemberStatus.ACTIVE);
        audit.record(AuditAction.MEMBER_REACTIVATED, target(member), null);
        return AdminMemberRow.of(member);
    }

    /** With the rules of {@link MemberService#changeRoles}: nobody removes their own admin role. */
    @Transactional
    public AdminMemberRow changeRoles(long memberId, Set<String> roles) {
        memberService.changeRoles(memberId, roles);
        return AdminMemberRow.of(load(memberId));
    }

    private Member load(long memberId) {
        return members.findById(memberId).orElseThrow(NotFoundException::new);
    }

    private boolean isCurrentUser(long memberId) {
        return currentUser.memberId().filter(id -> id == memberId).isPresent();
    }

    private static void requireStatus(Member member, MemberStatus expected, String messageKey) {
        if (member.getStatus() != expected) {
            throw new DomainException(messageKey);
        }
    }

    private static String target(Member member) {
        return "member:" + member.getId();
    }
}
