package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.mail.MailOutbox;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The summary of a registration as lines of a mail, in the recipient's language: the category and
 * its price (or the waiting position for it), and the chosen session per slot with its state.
 */
@Component
class CongressSummaries {

    private final CongressSessionChoiceRepository choices;
    private final TicketCategoryRepository categories;
    private final CongressCatalogue catalogue;
    private final MailOutbox outbox;

    CongressSummaries(
            CongressSessionChoiceRepository choices,
            TicketCategoryRepository categories,
            CongressCatalogue catalogue,
            MailOutbox outbox) {
        this.choices = choices;
        this.categories = categories;
        this.catalogue = catalogue;
        this.outbox = outbox;
    }

    List<CongressSessionChoice> choices(CongressRegistration registration) {
        return choices.findByRegistrationId(registration.id());
    }

    String text(Congress congress, CongressRegistration registration, List<CongressSessionChoice> chosen) {
        return text(
                registration,
                categories.findById(registration.getCategoryId()).orElseThrow(),
                catalogue.sessionsById(congress.id()),
                catalogue.slotsById(congress.id()),
                chosen);
    }

    /** The summary from what was read before (no query), for a registration's first mail. */
    String text(
            CongressRegistration registration,
            TicketCategory category,
            Map<Long, CongressSession> sessions,
            Map<Long, CongressSlot> slots,
            List<CongressSessionChoice> chosen) {
        Locale language = Locale.forLanguageTag(registration.getLanguage());
        List<String> lines = new ArrayList<>();
        lines.add(
                category.isFree()
                        ? outbox.phrase(language, "congress.mail.line.categoryFree", category.getName())
                        : outbox.phrase(
                                language, "congress.mail.line.category", category.getName(), category.getPriceGross()));
        lines.add(outbox.phrase(language, "congress.mail.line.ticket", registration.getTicketCode()));
        Integer position = registration.getWaitingPosition();
        if (registration.getStatus() == CongressRegistrationStatus.WAITLISTED && position != null) {
            lines.add(outbox.phrase(language, "congress.mail.line.categoryWaiting", position));
        }
        chosen.stream()
                .sorted(Comparator.comparing(choice -> startOf(slots, choice)))
                .forEach(choice -> {
                    CongressSlot slot = slots.get(choice.getSlotId());
                    CongressSession session = sessions.get(choice.getSessionId());
                    if (slot == null || session == null) {
                        return;
                    }
                    Long fallback = choice.getFallbackSessionId();
                    CongressSession second = fallback == null ? null : sessions.get(fallback);
                    lines.add(
                            switch (choice.getStatus()) {
                                case SEATED ->
                                    outbox.phrase(
                                            language,
                                            "congress.mail.line.seated",
                                            slot.getStartsAt(),
                                            session.getTitle());
                                case WAITLISTED ->
                                    second == null
                                            ? outbox.phrase(
                                                    language,
                                                    "congress.mail.line.waiting",
                                                    slot.getStartsAt(),
                                                    session.getTitle(),
                                                    Objects.requireNonNullElse(choice.getWaitingPosition(), 0))
                                            : outbox.phrase(
                                                    language,
                                                    "congress.mail.line.waitingWithSecond",
                                                    slot.getStartsAt(),
                                                    session.getTitle(),
                                                    Objects.requireNonNullElse(choice.getWaitingPosition(), 0),
                                                    second.getTitle());
                                case PENDING ->
                                    outbox.phrase(
                                            language,
                                            "congress.mail.line.pending",
                                            slot.getStartsAt(),
                                            session.getTitle());
                            });
                });
        return String.join("\n", lines);
    }

    /**
     * A registration's choices as the placement just made them ({@link Moves}: its own, in the
     * order of its wishes), without reading them back; not managed.
     */
    static List<CongressSessionChoice> asPlaced(Moves moves, long registrationId, Instant now) {
        return moves.choicesOf(registrationId).stream()
                .filter(move -> move.status() != null)
                .map(move -> {
                    CongressSessionChoice choice =
                            new CongressSessionChoice(registrationId, move.slotId(), move.sessionId(), now);
                    switch (Objects.requireNonNull(move.status())) {
                        case SEATED -> choice.seat();
                        case WAITLISTED ->
                            choice.waitFor(Objects.requireNonNullElse(move.position(), 0), move.secondChoiceSeat());
                        case PENDING -> choice.pend();
                    }
                    return choice;
                })
                .toList();
    }

    private static Instant startOf(Map<Long, CongressSlot> slots, CongressSessionChoice choice) {
        CongressSlot slot = slots.get(choice.getSlotId());
        return slot == null ? Instant.EPOCH : slot.getStartsAt();
    }
}
