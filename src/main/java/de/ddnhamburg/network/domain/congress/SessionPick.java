package de.ddnhamburg.network.domain.congress;

import org.jspecify.annotations.Nullable;

/**
 * What a participant chose in a slot: the session, and a second choice used while they wait for a
 * full one.
 */
public record SessionPick(
        long slotId, long sessionId, @Nullable Long secondChoiceId) {}
