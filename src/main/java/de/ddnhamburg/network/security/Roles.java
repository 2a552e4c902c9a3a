package de.ddnhamburg.network.security;

import java.util.Set;

/** The role names, in one place: used by route annotations, method security and the database. */
public final class Roles {

    public static final String MEMBER = "MEMBER";
    public static final String ADMIN = "ADMIN";

    /**
     * The door team of a congress: admins give it to members who help at the check-in desk. It
     * opens the check-in view and nothing else; the member's own rights stay those of a member.
     */
    public static final String CHECK_IN = "CHECK_IN";

    public static final Set<String> ALL = Set.of(MEMBER, ADMIN, CHECK_IN);

    private Roles() {}

    public static String authority(String role) {
        return "ROLE_" + role;
    }
}
