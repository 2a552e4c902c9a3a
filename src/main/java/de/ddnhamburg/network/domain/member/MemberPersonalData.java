package de.ddnhamburg.network.domain.member;

import de.ddnhamburg.network.domain.common.DataSubject;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.common.PersonalDataSection;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The member's account, profile with every visibility choice, consents and mailed links. Erasing
 * is {@link AccountService#deleteAccount}'s own last step (the member row is anonymised, not
 * deleted), so {@link #erase} has nothing to do here.
 */
@Component
@Order(10)
class MemberPersonalData implements PersonalDataSection {

    record Account(String email, MemberStatus status, String language, Set<String> roles,
            @Nullable Instant memberSince) {}

    record MailedLink(TokenPurpose purpose, Instant createdAt, Instant expiresAt, @Nullable Instant usedAt,
            @Nullable String newEmail) {}

    record Export(Account account, OwnProfile profile, List<ConsentRecord> consents, List<MailedLink> mailedLinks) {}

    private final MemberRepository members;
    private final MemberConsentRepository consents;
    private final MemberTokenRepository tokens;

    MemberPersonalData(MemberRepository members, MemberConsentRepository consents, MemberTokenRepository tokens) {
        this.members = members;
        this.consents = consents;
        this.tokens = tokens;
    }

    @Override
    public String name() {
        return "member";
    }

    @Override
    public Export export(DataSubject subject) {
        Member member = members.findById(subject.memberId()).orElseThrow(NotFoundException::new);
        return new Export(
                new Account(member.getEmail(), member.getStatus(), member.getLanguage().getLanguage(),
                        new TreeSet<>(member.getRoles()), member.getCreatedAt()),
                OwnProfile.of(member),
                consents.findByMemberIdOrderByGivenAtAscIdAsc(member.getId()).stream().map(MemberConsent::toRecord).toList(),
                tokens.findByMemberIdOrderByCreatedAtAscIdAsc(member.getId()).stream()
                        .map(token -> new MailedLink(token.getPurpose(), token.getCreatedAt(), token.getExpiresAt(),
                                token.getUsedAt(), token.getNewEmail()))
                        .toList());
    }

    @Override
    public void erase(DataSubject subject) {
        // AccountService anonymises the member row and deletes the links after every other section.
    }
}
