package de.ddnhamburg.network.domain.onboarding;

import org.jspecify.annotations.Nullable;

/**
 * The three small next steps of a new member and which are done. {@code group} is the open or
 * on-request group that shares most topics with the member, {@code onlineRound} the next online
 * discussion round the member may see; either may be missing, then the step leads to the list.
 */
public record FirstSteps(
        boolean shown,
        boolean profileDone,
        boolean groupDone,
        boolean eventDone,
        @Nullable GroupStep group,
        @Nullable EventStep onlineRound) {

    /** A group to join in one click: its id and name, and whether joining needs a moderator's approval. */
    public record GroupStep(long id, String name, boolean onRequest) {}

    /** The next online round, to register for an online seat in one click. */
    public record EventStep(long id, String title, java.time.Instant startsAt) {}

    public static FirstSteps hidden() {
        return new FirstSteps(false, true, true, true, null, null);
    }
}
