package de.ddnhamburg.network.domain.member;

import org.jspecify.annotations.Nullable;

/**
 * A member worth meeting, how many things the two share (topics, areas of expertise, an upcoming
 * congress), and the congress where both will be, if any.
 */
public record Suggestion(
        MemberCard card, long sharedCount, @Nullable CongressRef congress) {}
