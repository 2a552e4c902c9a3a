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

    MemberAdministrationService(
            MemberRepository members,
            MemberService memberService,
            AccountMails mails,
            MemberSessions sessions,
            AuditService audit,
            CurrentUser currentUser) {
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
        return members.findAll(AdminMemberQuery.of(filter), page)
                .map(AdminMemberRow::of)
                .getContent();
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
        return move(
                load(memberId),
                MemberStatus.PENDING_APPROVAL,
                MemberStatus.ACTIVE,
                "member.admin.notPending",
                AuditAction.MEMBER_APPROVED,
                mails::approved);
    }

    @Transactional
    public AdminMemberRow reject(long memberId) {
        return move(
                load(memberId),
                MemberStatus.PENDING_APPROVAL,
                MemberStatus.REJECTED,
                "member.admin.notPending",
                AuditAction.MEMBER_REJECTED,
                mails::rejected);
    }

    /** The member can no longer log in, and their open sessions end when this commits. */
    @Transactional
    public AdminMemberRow suspend(long memberId) {
        if (isCurrentUser(memberId)) {
            throw new DomainException("member.admin.cannotSuspendSelf");
        }
        return move(
                load(memberId),
                MemberStatus.ACTIVE,
                MemberStatus.SUSPENDED,
                "member.admin.notActive",
                AuditAction.MEMBER_SUSPENDED,
                member -> {
                    mails.suspended(member);
                    member.endSessions();
                    sessions.endAllAfterCommit(memberId);
                });
    }

    @Transactional
    public AdminMemberRow reactivate(long memberId) {
        return move(
                load(memberId),
                MemberStatus.SUSPENDED,
                MemberStatus.ACTIVE,
                "member.admin.notSuspended",
                AuditAction.MEMBER_REACTIVATED,
                member -> {});
    }

    /**
     * One status change by an admin: repeating it changes nothing, any other starting status is
     * refused with {@code notAllowedKey}; a real change is audited and followed by {@code consequence}.
     */
    private AdminMemberRow move(
            Member member,
            MemberStatus from,
            MemberStatus to,
            String notAllowedKey,
            AuditAction action,
            java.util.function.Consumer<Member> consequence) {
        if (member.getStatus() == to) {
            return AdminMemberRow.of(member);
        }
        if (member.getStatus() != from) {
            throw new DomainException(notAllowedKey);
        }
        member.setStatus(to);
        consequence.accept(member);
        audit.record(action, target(member), null);
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

    private static String target(Member member) {
        return "member:" + member.id();
    }
}
