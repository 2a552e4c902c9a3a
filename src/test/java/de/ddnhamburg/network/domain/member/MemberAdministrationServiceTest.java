package de.ddnhamburg.network.domain.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.audit.AuditEntryItem;
import de.ddnhamburg.network.domain.audit.AuditNote;
import de.ddnhamburg.network.domain.audit.AuditService;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.security.MemberPrincipal;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.Mailbox;
import de.ddnhamburg.network.support.ProfileBuilder;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;

/** The member administration: state rules, mails, audit entries, ended sessions, and who may call it. */
@IntegrationTest
class MemberAdministrationServiceTest {

    @Autowired
    MemberAdministrationService administration;

    @Autowired
    MemberService members;

    @Autowired
    AuditService audit;

    @Autowired
    TestMembers testMembers;

    @Autowired
    SessionRegistry sessions;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityTestSupport.signOut();
    }

    @Test
    void approving_an_applicant_activates_mails_and_audits_once() {
        LoginAccount applicant = applicant();
        SecurityTestSupport.signIn(testMembers.admin());

        AdminMemberRow approved = administration.approve(applicant.memberId());
        administration.approve(applicant.memberId());

        assertThat(approved.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(members.findLoginAccount(applicant.email()).orElseThrow().canLogIn())
                .isTrue();
        List<Mailbox.Mail> mails = mailbox().to(applicant.email(), "memberApproved");
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().body()).contains("Ada Applicant", "http://localhost:8080/login");
        assertThat(lastEntries(AuditAction.MEMBER_APPROVED, applicant))
                .hasSize(1)
                .first()
                .extracting(AuditEntryItem::actor)
                .isEqualTo(TestMembers.ADMIN);
    }

    @Test
    void only_an_application_can_be_approved_or_rejected() {
        LoginAccount active = someone();
        SecurityTestSupport.signIn(testMembers.admin());
        administration.suspend(active.memberId());

        assertThatThrownBy(() -> administration.approve(active.memberId()))
                .isInstanceOf(DomainException.class)
                .hasMessage("member.admin.notPending");
        assertThatThrownBy(() -> administration.reject(active.memberId())).hasMessage("member.admin.notPending");
        assertThat(status(active)).isEqualTo("SUSPENDED");
    }

    @Test
    void rejecting_an_applicant_keeps_them_out_and_tells_them() {
        LoginAccount applicant = applicant();
        SecurityTestSupport.signIn(testMembers.admin());

        AdminMemberRow rejected = administration.reject(applicant.memberId());

        assertThat(rejected.status()).isEqualTo(MemberStatus.REJECTED);
        assertThat(members.findLoginAccount(applicant.email()).orElseThrow().canLogIn())
                .isFalse();
        assertThat(mailbox().to(applicant.email(), "memberRejected")).hasSize(1);
        assertThat(mailbox().to(applicant.email(), "memberApproved")).isEmpty();
        assertThat(lastEntries(AuditAction.MEMBER_REJECTED, applicant)).hasSize(1);
    }

    @Test
    void suspending_blocks_the_login_ends_open_sessions_mails_and_audits() {
        LoginAccount target = someone();
        LoginAccount bystander = someone();
        String first = "session-" + UUID.randomUUID();
        String second = "session-" + UUID.randomUUID();
        String other = "session-" + UUID.randomUUID();
        sessions.registerNewSession(first, new MemberPrincipal(target));
        sessions.registerNewSession(second, new MemberPrincipal(target));
        sessions.registerNewSession(other, new MemberPrincipal(bystander));
        SecurityTestSupport.signIn(testMembers.admin());

        AdminMemberRow suspended = administration.suspend(target.memberId());

        assertThat(suspended.status()).isEqualTo(MemberStatus.SUSPENDED);
        assertThat(members.findLoginAccount(target.email()).orElseThrow().canLogIn())
                .isFalse();
        assertThat(sessions.getSessionInformation(first)).returns(true, SessionInformation::isExpired);
        assertThat(sessions.getSessionInformation(second)).returns(true, SessionInformation::isExpired);
        assertThat(sessions.getSessionInformation(other)).returns(false, SessionInformation::isExpired);
        assertThat(mailbox().to(target.email(), "memberSuspended")).hasSize(1);
        assertThat(lastEntries(AuditAction.MEMBER_SUSPENDED, target)).hasSize(1);
    }

    @Test
    void an_admin_cannot_suspend_themselves() {
        LoginAccount admin = testMembers.admin();
        SecurityTestSupport.signIn(admin);

        assertThatThrownBy(() -> administration.suspend(admin.memberId()))
                .isInstanceOf(DomainException.class)
                .hasMessage("member.admin.cannotSuspendSelf");
        assertThat(status(admin)).isEqualTo("ACTIVE");
    }

    @Test
    void a_suspended_member_can_be_reactivated_and_only_then() {
        LoginAccount target = someone();
        LoginAccount applicant = applicant();
        SecurityTestSupport.signIn(testMembers.admin());
        administration.suspend(target.memberId());

        AdminMemberRow reactivated = administration.reactivate(target.memberId());

        assertThat(reactivated.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(members.findLoginAccount(target.email()).orElseThrow().canLogIn())
                .isTrue();
        assertThat(lastEntries(AuditAction.MEMBER_REACTIVATED, target)).hasSize(1);
        assertThatThrownBy(() -> administration.reactivate(applicant.memberId()))
                .hasMessage("member.admin.notSuspended");
        assertThatThrownBy(() -> administration.suspend(applicant.memberId())).hasMessage("member.admin.notActive");
    }

    @Test
    void changing_roles_is_audited_and_ends_the_sessions_with_the_old_roles() {
        LoginAccount target = someone();
        String session = "session-" + UUID.randomUUID();
        sessions.registerNewSession(session, new MemberPrincipal(target));
        SecurityTestSupport.signIn(testMembers.admin());

        AdminMemberRow changed = administration.changeRoles(target.memberId(), Set.of(Roles.MEMBER, Roles.ADMIN));

        assertThat(changed.roles()).containsExactlyInAnyOrder(Roles.MEMBER, Roles.ADMIN);
        assertThat(sessions.getSessionInformation(session)).returns(true, SessionInformation::isExpired);
        assertThat(lastEntries(AuditAction.ROLE_CHANGED, target))
                .hasSize(1)
                .first()
                .extracting(
                        entry -> AuditNote.text(entry.details(), Locale.GERMAN).orElseThrow())
                .isEqualTo("Mitglied → Verwaltung, Mitglied");
        LoginAccount admin = testMembers.admin();
        assertThatThrownBy(() -> administration.changeRoles(admin.memberId(), Set.of(Roles.MEMBER)))
                .hasMessage("member.roles.cannotRemoveOwnAdmin");
    }

    @Test
    void details_show_hidden_fields_and_the_read_is_audited() {
        String email = "hidden." + UUID.randomUUID() + "@example.org";
        LoginAccount hidden = testMembers.withProfile(
                email,
                ProfileBuilder.profile("Hanna", "Hidden")
                        .phone("+49 40 123456")
                        .visible(ProfileField.PHONE, Visibility.ONLY_ME)
                        .position("Leitung")
                        .visible(ProfileField.POSITION, Visibility.ONLY_ME)
                        .hiddenFromDirectory()
                        .build());
        SecurityTestSupport.signIn(testMembers.admin());

        AdminMemberDetails details = administration.details(hidden.memberId(), Locale.GERMAN);

        assertThat(details.phone()).isEqualTo("+49 40 123456");
        assertThat(details.position()).isEqualTo("Leitung");
        assertThat(details.account().email()).isEqualTo(email);
        assertThat(details.visibility()).containsEntry(ProfileField.PHONE, Visibility.ONLY_ME);
        assertThat(details.listedInDirectory()).isFalse();
        assertThat(lastEntries(AuditAction.MEMBER_DETAILS_VIEWED, hidden)).hasSize(1);
    }

    @Test
    void the_list_filters_by_status_role_and_text_and_pages_in_the_database() {
        String marker = "Filterprobe" + UUID.randomUUID().toString().substring(0, 8);
        LoginAccount applicant = testMembers.ensure(
                marker.toLowerCase(Locale.ROOT) + ".a@example.org", "Petra", marker, Set.of(Roles.MEMBER));
        jdbc.update("update member set status = 'PENDING_APPROVAL' where id = ?", applicant.memberId());
        testMembers.ensure(
                marker.toLowerCase(Locale.ROOT) + ".b@example.org", "Bernd", marker, Set.of(Roles.MEMBER, Roles.ADMIN));
        testMembers.ensure(marker.toLowerCase(Locale.ROOT) + ".c@example.org", "Clara", marker, Set.of(Roles.MEMBER));
        SecurityTestSupport.signIn(testMembers.admin());

        AdminMemberFilter byText = new AdminMemberFilter(marker.toUpperCase(Locale.ROOT), null, null);
        assertThat(administration.count(byText)).isEqualTo(3);
        assertThat(administration.findPage(byText, PageRequest.of(0, 2)))
                .extracting(AdminMemberRow::displayName)
                .containsExactly("Bernd " + marker, "Clara " + marker);
        assertThat(administration.findPage(byText, PageRequest.of(1, 2)))
                .extracting(AdminMemberRow::displayName)
                .containsExactly("Petra " + marker);
        assertThat(administration.findPage(
                        new AdminMemberFilter(marker, MemberStatus.PENDING_APPROVAL, null), PageRequest.of(0, 10)))
                .extracting(AdminMemberRow::id)
                .containsExactly(applicant.memberId());
        assertThat(administration.findPage(new AdminMemberFilter(marker, null, Roles.ADMIN), PageRequest.of(0, 10)))
                .extracting(AdminMemberRow::displayName)
                .containsExactly("Bernd " + marker);
        assertThat(administration.count(
                        new AdminMemberFilter(marker.substring(0, 6) + "%" + marker.substring(7), null, null)))
                .as("a typed % is text, not a wildcard")
                .isZero();
    }

    @Test
    void a_member_cannot_use_the_administration() {
        LoginAccount target = someone();
        SecurityTestSupport.signIn(testMembers.member());

        assertThatThrownBy(() -> administration.findPage(AdminMemberFilter.all(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.count(AdminMemberFilter.all()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.details(target.memberId(), Locale.GERMAN))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.approve(target.memberId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.reject(target.memberId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.suspend(target.memberId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.reactivate(target.memberId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.changeRoles(target.memberId(), Set.of(Roles.MEMBER, Roles.ADMIN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(status(target)).isEqualTo("ACTIVE");
    }

    private LoginAccount someone() {
        return testMembers.ensure(
                "someone." + UUID.randomUUID() + "@example.org", "Sam", "Someone", Set.of(Roles.MEMBER));
    }

    /** An applicant whose address is confirmed and who waits for approval. */
    private LoginAccount applicant() {
        LoginAccount account = testMembers.ensure(
                "applicant." + UUID.randomUUID() + "@example.org", "Ada", "Applicant", Set.of(Roles.MEMBER));
        jdbc.update("update member set status = 'PENDING_APPROVAL' where id = ?", account.memberId());
        return account;
    }

    private @Nullable String status(LoginAccount account) {
        return jdbc.queryForObject("select status from member where id = ?", String.class, account.memberId());
    }

    private List<AuditEntryItem> lastEntries(AuditAction action, LoginAccount target) {
        return audit.findPage(action, PageRequest.of(0, 50)).stream()
                .filter(entry -> ("member:" + target.memberId()).equals(entry.target()))
                .toList();
    }

    private Mailbox mailbox() {
        return new Mailbox(jdbc);
    }
}
