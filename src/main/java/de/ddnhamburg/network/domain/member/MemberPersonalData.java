package de.ddnhamburg.network.domain.member;

import de.ddnhamburg.network.domain.common.DataSubject;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.common.PersonalDataSection;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The member's account, profile with every visibility choice, photo, consents and mailed links.
 * Erasing removes the photo; the member row itself is anonymised by
 * {@link AccountService#deleteAccount} as its last step.
 */
@Component
@Order(10)
class MemberPersonalData implements PersonalDataSection {

    record Account(
            String email,
            MemberStatus status,
            String language,
            Set<String> roles,
            @Nullable Instant memberSince) {}

    record MailedLink(
            TokenPurpose purpose,
            Instant createdAt,
            Instant expiresAt,
            @Nullable Instant usedAt,
            @Nullable String newEmail) {}

    /** The photo as stored: a JPEG, Base64-encoded so that it fits into the JSON file. */
    record Export(
            Account account,
            OwnProfile profile,
            @Nullable String photoJpegBase64,
            List<ConsentRecord> consents,
            List<MailedLink> mailedLinks) {}

    private final MemberRepository members;
    private final MemberConsentRepository consents;
    private final MemberTokenRepository tokens;
    private final MemberPhotoRepository photos;

    MemberPersonalData(
            MemberRepository members,
            MemberConsentRepository consents,
            MemberTokenRepository tokens,
            MemberPhotoRepository photos) {
        this.members = members;
        this.consents = consents;
        this.tokens = tokens;
        this.photos = photos;
    }

    @Override
    public String name() {
        return "member";
    }

    @Override
    public Export export(DataSubject subject) {
        Member member = members.findById(subject.memberId()).orElseThrow(NotFoundException::new);
        return new Export(
                new Account(
                        member.getEmail(),
                        member.getStatus(),
                        member.getLanguage().getLanguage(),
                        new TreeSet<>(member.getRoles()),
                        member.getCreatedAt()),
                OwnProfile.of(member),
                photos.findById(member.id())
                        .map(photo -> Base64.getEncoder().encodeToString(photo.content()))
                        .orElse(null),
                consents.findByMemberIdOrderByGivenAtAscIdAsc(member.id()).stream()
                        .map(MemberConsent::toRecord)
                        .toList(),
                tokens.findByMemberIdOrderByCreatedAtAscIdAsc(member.id()).stream()
                        .map(token -> new MailedLink(
                                token.getPurpose(),
                                token.getCreatedAt(),
                                token.getExpiresAt(),
                                token.getUsedAt(),
                                token.getNewEmail()))
                        .toList());
    }

    @Override
    public void erase(DataSubject subject) {
        photos.deleteById(subject.memberId());
        // AccountService anonymises the member row and deletes the links after every other section.
    }
}
