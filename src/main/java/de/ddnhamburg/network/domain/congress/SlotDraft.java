package de.ddnhamburg.network.domain.congress;

import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** A time slot as an admin enters it: the day of the congress (1 to 3) and Hamburg times. */
public record SlotDraft(
        int dayNumber, @Nullable LocalTime starts, @Nullable LocalTime ends) {}
