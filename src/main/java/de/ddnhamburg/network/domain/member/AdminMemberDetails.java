package de.ddnhamburg.network.domain.member;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everything stored about a member's account and profile, including details the member hides from
 * others, with the visibility they chose. Only for admins, and every read is audited.
 */
public record AdminMemberDetails(
        AdminMemberRow account,
        Locale language,
        @Nullable String title,
        @Nullable String position,
        @Nullable District district,
        @Nullable String bio,
        List<String> topics,
        List<String> expertise,
        @Nullable String website,
        @Nullable String linkedin,
        @Nullable String xing,
        @Nullable String phone,
        boolean listedInDirectory,
        Map<ProfileField, Visibility> visibility,
        @Nullable Instant updatedAt) {

    static AdminMemberDetails of(Member member, Locale locale) {
        return new AdminMemberDetails(
                AdminMemberRow.of(member),
                member.getLanguage(),
                member.getTitle(),
                member.getPosition(),
                member.getDistrict(),
                member.getBio(),
                member.getTopics().stream()
                        .map(topic -> TopicItem.of(topic, locale).name())
                        .sorted(Comparator.naturalOrder())
                        .toList(),
                List.copyOf(member.getExpertise()),
                member.getWebsite(),
                member.getLinkedin(),
                member.getXing(),
                member.getPhone(),
                member.isListedInDirectory(),
                Map.copyOf(member.visibilities()),
                member.getUpdatedAt());
    }
}
