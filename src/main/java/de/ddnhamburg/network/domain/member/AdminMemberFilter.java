package de.ddnhamburg.network.domain.member;

import org.jspecify.annotations.Nullable;

/**
 * What the member administration lists: every filter is optional.
 *
 * @param text part of the name, e-mail address or organisation, case-insensitive
 */
public record AdminMemberFilter(
        @Nullable String text,
        @Nullable MemberStatus status,
        @Nullable String role) {

    public static AdminMemberFilter all() {
        return new AdminMemberFilter(null, null, null);
    }
}
