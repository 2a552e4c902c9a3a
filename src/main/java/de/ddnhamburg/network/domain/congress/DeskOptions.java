package de.ddnhamburg.network.domain.congress;

import java.util.List;

/**
 * What the admins' list of registrations offers to filter by and to change to: the categories and
 * the slots with a choice of sessions (seats left, waiting), and whether payments can be marked.
 */
public record DeskOptions(
        long congressId, String title, List<DeskCategory> categories, List<SlotChoice> slots, boolean canMarkPaid) {

    public DeskOptions {
        categories = List.copyOf(categories);
        slots = List.copyOf(slots);
    }
}
