package de.ddnhamburg.network.domain.event;

/**
 * The seats or the waiting list of an event changed. Published inside the writing transaction by
 * {@link SeatAllocation}; listeners that tell anyone outside (open event pages) must listen with
 * {@code @TransactionalEventListener(phase = AFTER_COMMIT)}, so that a rolled-back change is never
 * announced and a page that reloads on it reads the committed state. Carries only the id: each
 * listener asks the services again, with its own user's rights. On PostgreSQL the other nodes
 * receive it too and publish it again outside any transaction ({@code cluster}, decision 013), so a
 * listener does only what every node must do (tell its open pages), never what must happen once.
 */
public record SeatsChanged(long eventId) {}
