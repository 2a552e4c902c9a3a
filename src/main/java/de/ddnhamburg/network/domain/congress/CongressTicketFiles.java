package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.common.FileNames;
import de.ddnhamburg.network.domain.common.PublicLinks;
import de.ddnhamburg.network.domain.event.IcsItem;
import de.ddnhamburg.network.domain.event.IcsWriter;
import de.ddnhamburg.network.domain.mail.MailAttachment;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The files a registration's mails carry: the {@code .ics} of the sessions the person attends
 * (the sessions open to everyone, the seated choices, and a wanted workshop they wait for as
 * TENTATIVE), written by {@code event.IcsWriter}; and the ticket's QR code as PNG.
 *
 * <p>UIDs are {@code congress-<congress>-session-<session>@<host>}, the same in every file, so a
 * calendar program updates the entries it has when a changed registration is mailed again.
 */
@Component
class CongressTicketFiles {

    private final CongressCatalogue catalogue;
    private final CongressRoomRepository rooms;
    private final IcsWriter ics;
    private final PublicLinks links;
    private final Clock clock;

    CongressTicketFiles(
            CongressCatalogue catalogue, CongressRoomRepository rooms, IcsWriter ics, PublicLinks links, Clock clock) {
        this.catalogue = catalogue;
        this.rooms = rooms;
        this.ics = ics;
        this.links = links;
        this.clock = clock;
    }

    /**
     * The ticket's QR code, drawn when the mail is sent: it depends on the ticket code only, and
     * drawing it takes longer than a whole placement under the congress lock.
     */
    static MailAttachment qrCode(CongressRegistration registration) {
        return MailAttachment.qrCode(
                FileNames.of(language(registration), "file.ticketQr", "png"), registration.getTicketCode());
    }

    /** The calendar file of the sessions this registration attends; it holds a place. */
    MailAttachment calendar(Congress congress, CongressRegistration registration, List<CongressSessionChoice> choices) {
        Map<Long, String> roomNames = rooms.findByCongressIdOrderByNameAsc(congress.id()).stream()
                .collect(Collectors.toMap(CongressRoom::id, CongressRoom::getName));
        Set<Long> choiceSlots = catalogue.choices(congress.id()).stream()
                .map(SlotChoice::slotId)
                .collect(Collectors.toSet());
        return calendar(
                congress,
                language(registration),
                catalogue.sessionsById(congress.id()),
                catalogue.slotsById(congress.id()),
                roomNames,
                choiceSlots,
                choices);
    }

    /** The calendar file from the programme read before (no query), for a registration's first mail. */
    MailAttachment calendar(
            Congress congress,
            CongressRegistration registration,
            CongressProgramme programme,
            List<CongressSessionChoice> choices) {
        return calendar(
                congress,
                language(registration),
                programme.sessions(),
                programme.slots(),
                programme.roomNames(),
                programme.choiceSlots(),
                choices);
    }

    private static Locale language(CongressRegistration registration) {
        return Locale.forLanguageTag(registration.getLanguage());
    }

    private MailAttachment calendar(
            Congress congress,
            Locale language,
            Map<Long, CongressSession> sessions,
            Map<Long, CongressSlot> slots,
            Map<Long, String> roomNames,
            Set<Long> choiceSlots,
            List<CongressSessionChoice> choices) {
        List<IcsItem> items = new ArrayList<>();
        // Sessions in slots without a choice are everyone's.
        sessions.values().stream()
                .filter(session -> !session.isCancelled() && !choiceSlots.contains(session.getSlotId()))
                .forEach(session -> items.add(item(congress, session, slots, roomNames, false)));
        for (CongressSessionChoice choice : choices) {
            CongressSession wanted = sessions.get(choice.getSessionId());
            if (wanted == null || wanted.isCancelled()) {
                continue;
            }
            switch (choice.getStatus()) {
                case SEATED -> items.add(item(congress, wanted, slots, roomNames, false));
                case WAITLISTED -> {
                    items.add(item(congress, wanted, slots, roomNames, true));
                    Long fallback = choice.getFallbackSessionId();
                    CongressSession second = fallback == null ? null : sessions.get(fallback);
                    if (second != null && !second.isCancelled()) {
                        items.add(item(congress, second, slots, roomNames, false));
                    }
                }
                case PENDING -> items.add(item(congress, wanted, slots, roomNames, true));
            }
        }
        items.sort(Comparator.comparing(IcsItem::startsAt).thenComparing(IcsItem::summary));
        return MailAttachment.calendar(
                FileNames.of(language, "file.calendar.congress", "ics", congress.id()),
                ics.writeItems(congress.getTitle(), items));
    }

    private IcsItem item(
            Congress congress,
            CongressSession session,
            Map<Long, CongressSlot> slots,
            Map<Long, String> roomNames,
            boolean tentative) {
        CongressSlot slot = Objects.requireNonNull(slots.get(session.getSlotId()), "slot of a session");
        String room = roomNames.getOrDefault(session.getRoomId(), "");
        return new IcsItem(
                "congress-" + congress.id() + "-session-" + session.id() + "@" + links.host(),
                session.getTitle(),
                congress.getTitle(),
                slot.getStartsAt(),
                slot.getEndsAt(),
                room.isEmpty() ? congress.getVenueName() : room + ", " + congress.getVenueName(),
                links.page(PublicLinks.CONGRESS + "/" + congress.id() + "/sitzung/" + session.id()),
                tentative,
                (int) Math.min(Integer.MAX_VALUE, session.getVersion()),
                clock.instant());
    }
}
