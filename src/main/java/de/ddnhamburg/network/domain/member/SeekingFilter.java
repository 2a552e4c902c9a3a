package de.ddnhamburg.network.domain.member;

/** The directory's "sucht / bietet" filter: members with a running entry of this kind and direction. */
public record SeekingFilter(SeekingDirection direction, SeekingKind kind) {}
