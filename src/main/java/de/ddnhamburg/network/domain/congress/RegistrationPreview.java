package de.ddnhamburg.network.domain.congress;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What submitting now would give: a place in the category (or a waiting position for it, or a
 * place awaiting approval), and per pick a seat or a waiting position. Only a forecast: the places
 * are taken when the registration is submitted.
 */
public record RegistrationPreview(
        long categoryId,
        boolean categoryPlace,
        @Nullable Integer categoryWaitingPosition,
        boolean approvalRequired,
        List<PickOutcome> picks) {

    public RegistrationPreview {
        picks = List.copyOf(picks);
    }

    /** The picks whose outcome differs from the earlier preview (a workshop filled meanwhile). */
    public List<PickOutcome> changedSince(RegistrationPreview earlier) {
        return picks.stream()
                .filter(now -> earlier.picks().stream()
                        .filter(before -> before.slotId() == now.slotId() && before.sessionId() == now.sessionId())
                        .anyMatch(before ->
                                before.seat() != now.seat() || before.secondChoiceSeat() != now.secondChoiceSeat()))
                .toList();
    }
}
