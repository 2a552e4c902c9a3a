package de.ddnhamburg.network.domain.congress;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a placement did, for the caller to mail everyone concerned after the commit: the
 * registrations that got a place from the waiting list of their category ({@code placed}, in
 * order), and every session choice that changed ({@code choices}): the caller's own, and others'
 * promoted, placed or dropped. Waiting positions that only moved up are not listed.
 */
public record Moves(List<Long> placed, List<ChoiceMove> choices) {

    public Moves {
        placed = List.copyOf(placed);
        choices = List.copyOf(choices);
    }

    public static Moves none() {
        return new Moves(List.of(), List.of());
    }

    /** The registrations other than {@code own} whose place or choices changed: whom to mail. */
    public List<Long> concerned(long own) {
        List<Long> ids = new ArrayList<>();
        placed.stream().filter(id -> id != own && !ids.contains(id)).forEach(ids::add);
        choices.stream()
                .map(ChoiceMove::registrationId)
                .filter(id -> id != own && !ids.contains(id))
                .forEach(ids::add);
        return ids;
    }

    /** The changes of one registration's choices. */
    public List<ChoiceMove> choicesOf(long registrationId) {
        return choices.stream()
                .filter(move -> move.registrationId() == registrationId)
                .toList();
    }

    /**
     * A session choice after the change. {@code status} is {@code null} when the choice was dropped
     * (its session was cancelled); {@code secondChoiceSeat} is the session whose seat it holds while
     * it waits.
     */
    public record ChoiceMove(
            long registrationId,
            long slotId,
            long sessionId,
            @Nullable ChoiceStatus status,
            @Nullable Integer position,
            @Nullable Long secondChoiceSeat,
            Change change) {}

    /** Why a choice is listed. */
    public enum Change {
        /** The registration's own wish, as placed now (seated, waiting or pending). */
        CHOSEN,
        /** It waited and now has its seat (its second-choice seat, if any, went to the next). */
        PROMOTED,
        /** Its registration got a place, so the pending wish was placed (seated or waiting). */
        PLACED,
        /** The session was cancelled: the wish is gone. */
        DROPPED,
        /** The second choice's session was cancelled: the first choice still waits, without it. */
        SECOND_CHOICE_DROPPED
    }
}
