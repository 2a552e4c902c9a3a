package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.common.PublicLinks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns an event into a calendar entry for one reader: their registration marks the summary and the
 * text, a cancelled event stays in the calendar with STATUS:CANCELLED, and the online link goes in
 * only where the caller says the reader may have it (a confirmed online seat).
 */
@Component
class CalendarEntries {

    private final CalendarTexts texts;
    private final PublicLinks links;

    CalendarEntries(CalendarTexts texts, PublicLinks links) {
        this.texts = texts;
        this.links = links;
    }

    /**
     * @param mine the reader's registration, or null for a public or group entry
     * @param showLink whether the reader may see the online link
     */
    IcsEntry entry(
            Event event, @Nullable EventRegistration mine, boolean showLink, Locale language, @Nullable String note) {
        boolean cancelled = event.getStatus() == EventStatus.CANCELLED;
        boolean waiting = mine != null && mine.getStatus() == RegistrationStatus.WAITLISTED;
        String summary = cancelled
                ? texts.text(language, "calendar.summary.cancelled", event.getTitle())
                : waiting ? texts.text(language, "calendar.summary.waiting", event.getTitle()) : event.getTitle();
        List<String> paragraphs = new ArrayList<>();
        if (mine != null && mine.isActive()) {
            String kind =
                    texts.text(language, "event.seat." + mine.getSeatKind().name());
            paragraphs.add(
                    waiting
                            ? texts.text(language, "calendar.state.waiting", kind, mine.requireWaitingPosition())
                            : texts.text(language, "calendar.state.confirmed", kind));
        }
        if (note != null) {
            paragraphs.add(note);
        }
        if (!event.getDescription().isBlank()) {
            paragraphs.add(event.getDescription());
        }
        String link = showLink && !cancelled ? event.getOnlineLink() : null;
        if (link != null) {
            paragraphs.add(texts.text(language, "calendar.onlineLink", link));
        }
        paragraphs.add(texts.text(language, "calendar.page", links.event(event.id())));
        Instant stamp = latest(event.getUpdatedAt(), mine == null ? null : mine.getUpdatedAt());
        return new IcsEntry(
                event.id(),
                summary,
                String.join("\n\n", paragraphs),
                event.getStartsAt(),
                event.getEndsAt(),
                location(event, link, language),
                cancelled ? IcsEntry.State.CANCELLED : waiting ? IcsEntry.State.TENTATIVE : IcsEntry.State.CONFIRMED,
                event.getSequenceNumber(),
                stamp);
    }

    private @Nullable String location(Event event, @Nullable String link, Locale language) {
        if (event.getVenue() != null && event.getFormat() != EventFormat.ONLINE) {
            return event.getAddress() == null ? event.getVenue() : event.getVenue() + ", " + event.getAddress();
        }
        if (event.getFormat() == EventFormat.IN_PERSON) {
            return null;
        }
        return link != null ? link : texts.text(language, "calendar.location.online");
    }

    private static Instant latest(@Nullable Instant first, @Nullable Instant second) {
        Instant a = first == null ? Instant.EPOCH : first;
        return second != null && second.isAfter(a) ? second : a;
    }

    /** Another feature's public date (the congress, from a {@link CalendarHighlightLookup}), as it stands. */
    IcsItem item(CalendarHighlight highlight) {
        return new IcsItem(
                highlight.uidKey() + "@" + links.host(),
                highlight.title(),
                highlight.description(),
                highlight.startsAt(),
                highlight.endsAt(),
                highlight.location(),
                links.page(highlight.path()),
                false,
                0,
                highlight.changedAt());
    }
}
