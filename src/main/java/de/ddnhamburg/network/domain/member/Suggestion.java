package de.ddnhamburg.network.domain.member;

/** A member worth meeting, and how many topics and areas of expertise the two share. */
public record Suggestion(MemberCard card, long sharedCount) {}
