package de.ddnhamburg.network.domain.member;

import java.util.Locale;

/**
 * Who a member is, for other features that notify or list them: name and initials (which every
 * member may see) and where and in which language to mail them. Handed out by {@link MemberLookup}
 * only, which views cannot reach.
 */
public record MemberIdentity(
        long id, String displayName, String initials, String email, Locale language, MemberStatus status) {

    static MemberIdentity of(Member member) {
        return new MemberIdentity(
                member.id(),
                member.getDisplayName(),
                Names.initials(member.getFirstName(), member.getLastName()),
                member.getEmail(),
                member.getLanguage(),
                member.getStatus());
    }
}
