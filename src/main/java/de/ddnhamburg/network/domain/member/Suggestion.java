package de.ddnhamburg.network.domain.member;

import org.jspecify.annotations.Nullable;

/**
 * A member worth meeting, how many things the two share (topics, areas of expertise, an upcoming
 * congress), the congress where both will be, if any, and which of their "Ich suche / Ich biete"
 * entries match mine (their offers for my searches first).
 */
public record Suggestion(
        MemberCard card, long sharedCount, @Nullable CongressRef congress, java.util.List<SeekingMatch> matches) {

    public Suggestion(MemberCard card, long sharedCount, @Nullable CongressRef congress) {
        this(card, sharedCount, congress, java.util.List.of());
    }
}
