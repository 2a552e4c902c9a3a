package de.ddnhamburg.network.domain.mail;

/** A template filled in for one recipient. */
record RenderedMail(String subject, String body) {}
