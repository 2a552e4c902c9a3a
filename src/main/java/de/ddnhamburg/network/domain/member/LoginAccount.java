package de.ddnhamburg.network.domain.member;

import java.util.Locale;
import java.util.Set;

/**
 * What the login needs to know about a member, and nothing more. {@code sessionEpoch} is the
 * member's count of session-ending changes at the time of reading; a session keeps it.
 */
public record LoginAccount(
        long memberId,
        String email,
        String passwordHash,
        Set<String> roles,
        boolean canLogIn,
        Locale language,
        int sessionEpoch) {}
