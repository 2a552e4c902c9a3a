package de.ddnhamburg.network.domain.member;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Everything a member may edit about themselves, with the current visibility choices. */
public record OwnProfile(
        long id,
        long version,
        String email,
        @Nullable String title,
        String firstName,
        String lastName,
        @Nullable String organisation,
        @Nullable String position,
        @Nullable District district,
        @Nullable String bio,
        List<String> expertise,
        Set<String> topicSlugs,
        @Nullable String website,
        @Nullable String linkedin,
        @Nullable String xing,
        @Nullable String phone,
        boolean listedInDirectory,
        Map<ProfileField, Visibility> visibility) {

    static OwnProfile of(Member member) {
        return new OwnProfile(
                member.id(),
                member.getVersion(),
                member.getEmail(),
                member.getTitle(),
                member.getFirstName(),
                member.getLastName(),
                member.getOrganisation(),
                member.getPosition(),
                member.getDistrict(),
                member.getBio(),
                List.copyOf(member.getExpertise()),
                member.getTopics().stream().map(Topic::getSlug).collect(java.util.stream.Collectors.toSet()),
                member.getWebsite(),
                member.getLinkedin(),
                member.getXing(),
                member.getPhone(),
                member.isListedInDirectory(),
                member.visibilities());
    }
}
