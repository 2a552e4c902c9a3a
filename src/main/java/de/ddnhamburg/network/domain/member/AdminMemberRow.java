package de.ddnhamburg.network.domain.member;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One line of the member administration's list. */
public record AdminMemberRow(
        long id,
        String displayName,
        String email,
        @Nullable String organisation,
        MemberStatus status,
        Set<String> roles,
        @Nullable Instant joinedAt) {

    static AdminMemberRow of(Member member) {
        return new AdminMemberRow(
                member.id(),
                member.getDisplayName(),
                member.getEmail(),
                member.getOrganisation(),
                member.getStatus(),
                Set.copyOf(member.getRoles()),
                member.getCreatedAt());
    }
}
