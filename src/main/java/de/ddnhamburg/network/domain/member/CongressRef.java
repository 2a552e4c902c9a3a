package de.ddnhamburg.network.domain.member;

/** A congress edition as the member feature shows it: in commonalities and suggestions. */
public record CongressRef(long id, String title) {}
