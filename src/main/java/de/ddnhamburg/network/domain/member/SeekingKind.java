package de.ddnhamburg.network.domain.member;

/**
 * What an entry is about (issue 16): a job or a return to work, clients or assignments, a mentor,
 * mentees, exchange on a topic, speakers for an event. The bundles word each kind per direction
 * ({@code seeking.kind.SEEK.MENTOR}, {@code seeking.kind.OFFER.MENTOR}).
 */
public enum SeekingKind {
    JOB,
    CLIENTS,
    MENTOR,
    MENTEES,
    EXCHANGE,
    SPEAKERS
}
