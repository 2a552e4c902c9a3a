package de.ddnhamburg.network.domain.group;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The group services and the helpers their tests share. The tests are scenarios across the
 * services (a member joins, then posts), so each test class uses all of them; they are split by
 * the service whose rules they check.
 */
abstract class GroupServiceTestBase {

    @Autowired
    GroupAdministrationService administration;

    @Autowired
    GroupMembershipService membership;

    @Autowired
    GroupPostService posts;

    @Autowired
    GroupReadService groups;

    @Autowired
    TestMembers testMembers;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        SecurityTestSupport.signOut();
    }

    long group(JoinPolicy policy, GroupVisibility visibility, LoginAccount... moderators) {
        return Groups.create(testMembers, administration, policy, visibility, moderators);
    }

    LoginAccount member(String name) {
        return Groups.member(testMembers, name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1), "Tester");
    }

    long audited(String action, String target) {
        return Objects.requireNonNull(jdbc.queryForObject(
                "select count(*) from audit_entry where action = ? and target = ?", Long.class, action, target));
    }

    static <T> T as(LoginAccount account, Supplier<T> action) {
        return Acting.as(account, action);
    }

    static Object run(Runnable action) {
        action.run();
        return "";
    }

    static void assertDenied(LoginAccount account, Runnable action) {
        assertThatThrownBy(() -> Acting.run(account, action)).isInstanceOf(AccessDeniedException.class);
    }

    static void assertNotFound(LoginAccount account, Runnable action) {
        assertThatThrownBy(() -> Acting.run(account, action)).isInstanceOf(NotFoundException.class);
    }
}
