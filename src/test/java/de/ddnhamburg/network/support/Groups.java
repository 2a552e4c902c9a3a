package de.ddnhamburg.network.support;

import de.ddnhamburg.network.domain.group.GroupAdministrationService;
import de.ddnhamburg.network.domain.group.GroupDraft;
import de.ddnhamburg.network.domain.group.GroupVisibility;
import de.ddnhamburg.network.domain.group.JoinPolicy;
import de.ddnhamburg.network.domain.member.LoginAccount;
import java.util.Set;

/** Groups for tests, created by the test admin with a unique name. */
public final class Groups {

    private Groups() {}

    public static GroupDraft draft(String name, JoinPolicy policy, GroupVisibility visibility) {
        return new GroupDraft(
                name,
                "Kurz: " + name,
                "Worum es in " + name + " geht.",
                Set.of("digitalisierung-der-arbeitswelt"),
                policy,
                visibility);
    }

    /**
     * A new member without topics, so that the many members of group tests do not crowd the
     * suggestions other tests in the shared database look at.
     */
    public static LoginAccount member(TestMembers testMembers, String firstName, String lastName) {
        return testMembers.ensure(
                Contacts.uniqueEmail(firstName.toLowerCase(java.util.Locale.ROOT)),
                firstName,
                lastName,
                Set.of(de.ddnhamburg.network.security.Roles.MEMBER),
                Set.of());
    }

    /** A new group with the given moderators; returns its id. */
    public static long create(
            TestMembers testMembers,
            GroupAdministrationService groups,
            JoinPolicy policy,
            GroupVisibility visibility,
            LoginAccount... moderators) {
        String name = TestMarkers.word("Gruppe ");
        Set<Long> ids = java.util.Arrays.stream(moderators)
                .map(LoginAccount::memberId)
                .collect(java.util.stream.Collectors.toSet());
        return Acting.as(testMembers.admin(), () -> groups.create(draft(name, policy, visibility), ids));
    }
}
