package de.ddnhamburg.network.domain.member;

/** An event as the member feature shows it: in commonalities. */
public record EventRef(long id, String title) {}
