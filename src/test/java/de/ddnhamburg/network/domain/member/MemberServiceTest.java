package de.ddnhamburg.network.domain.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.audit.AuditService;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** The service enforces who may do what, whatever a view shows. */
@IntegrationTest
class MemberServiceTest {

    @Autowired
    MemberService members;

    @Autowired
    AuditService audit;

    @Autowired
    TestMembers testMembers;

    @AfterEach
    void signOut() {
        SecurityTestSupport.signOut();
    }

    @Test
    void a_member_cannot_change_roles() {
        LoginAccount other = testMembers.ensure("role.target@example.org", "Rolf", "Target", Set.of(Roles.MEMBER));
        SecurityTestSupport.signIn(testMembers.member());

        assertThatThrownBy(() -> members.changeRoles(other.memberId(), Set.of(Roles.MEMBER, Roles.ADMIN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(members.findLoginAccount("role.target@example.org")
                        .orElseThrow()
                        .roles())
                .containsExactly(Roles.MEMBER);
    }

    @Test
    void a_guest_cannot_change_roles_or_read_the_audit_log() {
        LoginAccount other = testMembers.member();

        assertThatThrownBy(() -> members.changeRoles(other.memberId(), Set.of(Roles.MEMBER, Roles.ADMIN)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> audit.findPage(null, PageRequest.of(0, 10)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void a_member_cannot_read_the_audit_log() {
        SecurityTestSupport.signIn(testMembers.member());

        assertThatThrownBy(() -> audit.findPage(null, PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.count(null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_admin_cannot_remove_the_own_admin_role() {
        LoginAccount admin = testMembers.admin();
        SecurityTestSupport.signIn(admin);

        assertThatThrownBy(() -> members.changeRoles(admin.memberId(), Set.of(Roles.MEMBER)))
                .isInstanceOf(DomainException.class)
                .hasMessage("member.roles.cannotRemoveOwnAdmin");
    }

    @Test
    void roles_outside_the_known_set_or_without_member_are_refused() {
        LoginAccount other = testMembers.ensure("odd.roles@example.org", "Otto", "Odd", Set.of(Roles.MEMBER));
        SecurityTestSupport.signIn(testMembers.admin());

        assertThatThrownBy(() -> members.changeRoles(other.memberId(), Set.of(Roles.MEMBER, "SUPERUSER")))
                .hasMessage("member.roles.invalid");
        assertThatThrownBy(() -> members.changeRoles(other.memberId(), Set.of(Roles.ADMIN)))
                .hasMessage("member.roles.invalid");
    }

    @Test
    void language_choice_is_remembered_for_the_member() {
        LoginAccount account =
                testMembers.ensure("language.lover@example.org", "Lena", "Language", Set.of(Roles.MEMBER));
        SecurityTestSupport.signIn(account);

        members.changeLanguage(Locale.UK);

        assertThat(members.getCurrentMember().language()).isEqualTo(Locale.ENGLISH);
        assertThatThrownBy(() -> members.changeLanguage(Locale.FRENCH)).hasMessage("validation.language.unsupported");
    }

    @Test
    void login_lookup_finds_nothing_for_unknown_or_malformed_addresses() {
        assertThat(members.findLoginAccount("nobody@example.org")).isEmpty();
        assertThat(members.findLoginAccount("not an address")).isEmpty();
        assertThat(members.findLoginAccount("")).isEmpty();
    }
}
