package de.ddnhamburg.network.domain.member;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One entry of the directory: only what every member may see. */
public record MemberCard(
        long id,
        String displayName,
        String initials,
        @Nullable String organisation,
        @Nullable String position,
        List<TopicItem> topics,
        boolean hasPhoto) {}
