package de.ddnhamburg.network.domain.congress;

import java.time.Instant;

/** A time slot of the programme. */
public record SlotItem(long id, int dayNumber, Instant startsAt, Instant endsAt) {

    static SlotItem of(CongressSlot slot) {
        return new SlotItem(slot.id(), slot.getDayNumber(), slot.getStartsAt(), slot.getEndsAt());
    }

    public SlotDraft toDraft() {
        return new SlotDraft(dayNumber, CongressTime.timeOf(startsAt), CongressTime.timeOf(endsAt));
    }
}
