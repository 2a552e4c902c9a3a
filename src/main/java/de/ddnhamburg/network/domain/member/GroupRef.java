package de.ddnhamburg.network.domain.member;

/** An expert group as the member feature shows it: in the directory's group filter and in commonalities. */
public record GroupRef(long id, String name) {}
