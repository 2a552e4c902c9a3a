package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.common.PublicLinks;
import de.ddnhamburg.network.domain.event.CalendarHighlight;
import de.ddnhamburg.network.domain.event.CalendarHighlightLookup;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts published congress editions into the event calendar and its public feed (the event feature
 * asks through its {@link CalendarHighlightLookup}, so it does not depend on the congress). An
 * edition spans its programme, from the first slot to the last, or its whole days without slots.
 */
@Component
@Transactional(readOnly = true)
class CongressCalendarHighlights implements CalendarHighlightLookup {

    private static final List<CongressStatus> PUBLIC =
            List.of(CongressStatus.PUBLISHED, CongressStatus.REGISTRATION_CLOSED);

    private final CongressRepository congresses;
    private final CongressSlotRepository slots;

    CongressCalendarHighlights(CongressRepository congresses, CongressSlotRepository slots) {
        this.congresses = congresses;
        this.slots = slots;
    }

    @Override
    public List<CalendarHighlight> highlights(Instant from, @Nullable Instant to) {
        List<CalendarHighlight> found = new ArrayList<>();
        for (Congress congress : congresses.findByStatusInOrderByFirstDayAsc(PUBLIC)) {
            List<CongressSlot> grid = slots.findByCongressIdOrderByStartsAtAsc(congress.id());
            Instant starts = grid.isEmpty()
                    ? CongressTime.startOf(congress.getFirstDay())
                    : grid.getFirst().getStartsAt();
            Instant ends = grid.isEmpty()
                    ? CongressTime.startOf(congress.lastDay().plusDays(1))
                    : grid.stream()
                            .map(CongressSlot::getEndsAt)
                            .max(Instant::compareTo)
                            .orElseThrow();
            if (ends.isAfter(from) && (to == null || starts.isBefore(to))) {
                Instant changed = congress.getUpdatedAt();
                found.add(new CalendarHighlight(
                        "congress-" + congress.id(),
                        congress.getTitle(),
                        congress.getSubtitle() == null ? congress.getDescription() : congress.getSubtitle(),
                        starts,
                        ends,
                        congress.getVenueName() + ", " + congress.getVenueAddress(),
                        PublicLinks.CONGRESS + "/" + congress.id(),
                        changed == null ? starts : changed));
            }
        }
        return found;
    }
}
