package de.ddnhamburg.network.domain.announcement;

/**
 * One recipient of an announcement: PENDING until a batch reaches them; SENT when their mail was
 * queued in the outbox; SKIPPED when they switched announcements off or stopped being active in
 * between; FAILED when the outbox refused the mail (an address it cannot parse).
 */
enum RecipientStatus {
    PENDING,
    SENT,
    SKIPPED,
    FAILED
}
