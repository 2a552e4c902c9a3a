package de.ddnhamburg.network.domain.member;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A profile update that passed {@link ProfileRules}: trimmed, blank values as null, tags unique. */
record ValidProfile(
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
        Map<ProfileField, Visibility> visibility) {}
