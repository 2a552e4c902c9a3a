package de.ddnhamburg.network.support;

import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.domain.member.MemberProvisioning;
import de.ddnhamburg.network.domain.member.MemberService;
import de.ddnhamburg.network.domain.member.NewMember;
import de.ddnhamburg.network.domain.member.ProfileUpdate;
import de.ddnhamburg.network.security.Roles;
import java.util.Set;

/**
 * Test accounts, created on first use. The Spring context (and its database) is shared between
 * test classes, so fixtures are idempotent instead of relying on a particular order.
 */
public class TestMembers {

    public static final String PASSWORD = "a-test-password-long-enough";
    public static final String MEMBER = "mira.member@example.org";
    public static final String ADMIN = "anton.admin@example.org";
    public static final String CHECK_IN = "clara.checkin@example.org";

    private final MemberProvisioning provisioning;
    private final MemberService members;
    private String hash = "";

    TestMembers(MemberProvisioning provisioning, MemberService members) {
        this.provisioning = provisioning;
        this.members = members;
    }

    public LoginAccount member() {
        return ensure(MEMBER, "Mira", "Member", Set.of(Roles.MEMBER));
    }

    public LoginAccount admin() {
        return ensure(ADMIN, "Anton", "Admin", Set.of(Roles.MEMBER, Roles.ADMIN));
    }

    /** A member of the congress door team (role CHECK_IN). */
    public LoginAccount checkIn() {
        return ensure(CHECK_IN, "Clara", "Checkin", Set.of(Roles.MEMBER, Roles.CHECK_IN));
    }

    public LoginAccount ensure(String email, String firstName, String lastName, Set<String> roles) {
        return ensure(email, firstName, lastName, roles, Set.of("netzwerken"));
    }

    /** With the given topics; members without topics stay out of other tests' suggestions. */
    public LoginAccount ensure(String email, String firstName, String lastName, Set<String> roles, Set<String> topics) {
        return members.findLoginAccount(email).orElseGet(() -> {
            provisioning.createActive(
                    new NewMember(email, firstName, lastName, "Testorganisation", topics, roles), passwordHash());
            return members.findLoginAccount(email).orElseThrow();
        });
    }

    /** A member with the given profile; the profile is (re)applied on every call. */
    public LoginAccount withProfile(String email, ProfileUpdate profile) {
        LoginAccount account = ensure(email, profile.firstName(), profile.lastName(), Set.of(Roles.MEMBER));
        provisioning.completeProfile(account.memberId(), profile);
        return account;
    }

    private synchronized String passwordHash() {
        if (hash.isEmpty()) {
            hash = provisioning.encodePassword(PASSWORD);
        }
        return hash;
    }
}
