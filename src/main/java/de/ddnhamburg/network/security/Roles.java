package de.ddnhamburg.network.security;

import java.util.Set;

/** The role names, in one place: used by route annotations, method security and the database. */
public final class Roles {

    public static final String MEMBER = "MEMBER";
    public static final String ADMIN = "ADMIN";

    public static final Set<String> ALL = Set.of(MEMBER, ADMIN);

    private Roles() {}

    public static String authority(String role) {
        return "ROLE_" + role;
    }
}
