package de.ddnhamburg.network.domain.mail;

/** A template filled in for one recipient (in their language, footer included). */
public record RenderedMail(String subject, String body) {}
