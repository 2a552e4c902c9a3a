package de.ddnhamburg.network.domain.member;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

public record MemberSummary(
        long id,
        String displayName,
        String email,
        @Nullable String organisation,
        MemberStatus status,
        Set<String> roles,
        Locale language) {

    static MemberSummary of(Member member) {
        return new MemberSummary(
                member.id(),
                member.getDisplayName(),
                member.getEmail(),
                member.getOrganisation(),
                member.getStatus(),
                Set.copyOf(member.getRoles()),
                member.getLanguage());
    }
}
