package de.ddnhamburg.network.domain.member;

import java.time.Instant;

/** One consent a member gave: to which text, in which version, when. */
public record ConsentRecord(ConsentKind kind, String version, Instant givenAt) {}
