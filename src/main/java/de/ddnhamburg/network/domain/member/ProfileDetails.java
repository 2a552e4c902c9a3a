package de.ddnhamburg.network.domain.member;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Another member's profile as one viewer may see it. A detail the viewer may not see is null (or
 * empty) here already, so no view can show what its owner restricted.
 */
public record ProfileDetails(
        long id,
        String displayName,
        String initials,
        Relationship relationship,
        @Nullable String organisation,
        @Nullable String position,
        @Nullable District district,
        @Nullable String bio,
        List<TopicItem> topics,
        List<String> expertise,
        @Nullable String website,
        @Nullable String linkedin,
        @Nullable String xing,
        @Nullable String phone,
        @Nullable String email,
        boolean hasPhoto) {}
