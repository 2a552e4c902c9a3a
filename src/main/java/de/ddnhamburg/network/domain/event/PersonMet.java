package de.ddnhamburg.network.domain.event;

import org.jspecify.annotations.Nullable;

/** Someone I met at an event: another participant who was there and shows in the participant list. */
public record PersonMet(
        long memberId, String displayName, @Nullable String organisation) {}
