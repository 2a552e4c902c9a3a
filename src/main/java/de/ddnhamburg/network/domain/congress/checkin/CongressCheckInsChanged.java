package de.ddnhamburg.network.domain.congress.checkin;

/**
 * Someone was checked in at a congress, or a check-in was undone. Published inside the writing
 * transaction by {@link CheckInService}; a listener that tells open pages (the desks' counters, the
 * congress dashboard) listens with {@code @TransactionalEventListener(phase = AFTER_COMMIT)}, so that
 * a rolled-back check-in is never announced. {@code ui.congress.checkin.CheckInBroadcaster} does
 * this and lets any open page register for one congress.
 */
public record CongressCheckInsChanged(long congressId) {}
