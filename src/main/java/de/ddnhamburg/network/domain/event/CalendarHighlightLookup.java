package de.ddnhamburg.network.domain.event;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Declared here and implemented by the features built on events (the congress), so that their
 * public dates appear in the event calendar without the event feature depending on them. Every
 * answer is public: implementations return only what guests may see.
 */
public interface CalendarHighlightLookup {

    /** What overlaps the span, soonest first; {@code to} null for no end. */
    List<CalendarHighlight> highlights(Instant from, @Nullable Instant to);
}
