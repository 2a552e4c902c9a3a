package de.ddnhamburg.network.domain.member;

/** Why a suggested member is worth meeting: they offer a kind the viewer seeks (or the other way round). */
public record SeekingMatch(SeekingDirection theirDirection, SeekingKind kind) {}
