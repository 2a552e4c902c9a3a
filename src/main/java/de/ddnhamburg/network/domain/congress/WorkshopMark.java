package de.ddnhamburg.network.domain.congress;

import org.jspecify.annotations.Nullable;

/** A registration's choice in one slot, as a line of the admins' list shows it. */
public record WorkshopMark(
        long slotId,
        long sessionId,
        String title,
        ChoiceStatus status,
        @Nullable Integer position) {}
