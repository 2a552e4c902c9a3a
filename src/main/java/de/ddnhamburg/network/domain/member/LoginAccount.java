package de.ddnhamburg.network.domain.member;

import java.util.Locale;
import java.util.Set;

/** What the login needs to know about a member, and nothing more. */
public record LoginAccount(
        long memberId, String email, String passwordHash, Set<String> roles, boolean canLogIn, Locale language) {}
