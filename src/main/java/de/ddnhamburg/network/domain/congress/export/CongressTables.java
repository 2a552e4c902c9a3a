package de.ddnhamburg.network.domain.congress.export;

import de.ddnhamburg.network.domain.common.ClockConfig;
import de.ddnhamburg.network.domain.common.export.Table;
import de.ddnhamburg.network.domain.congress.ChoiceStatus;
import de.ddnhamburg.network.domain.congress.RosterChoice;
import de.ddnhamburg.network.domain.congress.RosterCongress;
import de.ddnhamburg.network.domain.congress.RosterEntry;
import de.ddnhamburg.network.domain.congress.print.PrintTexts;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The congress's lists as {@link Table}s, headers and values in the admin's language, times in
 * Hamburg's time. Every cell is text except counts and positions, which stay numbers.
 */
final class CongressTables {

    /** Printed in the column to tick on paper. */
    static final String BOX = "☐";

    private final RosterCongress congress;
    private final Locale locale;
    private final DateTimeFormatter time;

    CongressTables(RosterCongress congress, Locale locale) {
        this.congress = congress;
        this.locale = PrintTexts.supported(locale);
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ClockConfig.DISPLAY_ZONE);
    }

    /**
     * Everyone the filter took: person, category, status, ticket code, a column per slot with a
     * choice and, only when asked for, the dietary and accessibility needs (health data).
     */
    Table participants(List<RosterEntry> entries, boolean withNeeds) {
        List<RosterCongress.Session> choiceSlots = slotsWithChoice();
        List<String> headers = new ArrayList<>(List.of(
                text("congress.export.lastName"),
                text("congress.export.firstName"),
                text("congress.export.email"),
                text("congress.export.organisation"),
                text("congress.export.guest"),
                text("congress.export.category"),
                text("congress.export.status"),
                text("congress.export.waitingPosition"),
                text("congress.export.registeredAt"),
                text("congress.export.ticketCode")));
        for (RosterCongress.Session slot : choiceSlots) {
            headers.add(text("congress.export.slot", time.format(slot.startsAt())));
        }
        if (withNeeds) {
            headers.add(text("congress.export.dietaryNeeds"));
            headers.add(text("congress.export.accessibilityNeeds"));
        }
        Table.Builder table = Table.titled(text("congress.export.participants.sheet"), headers);
        for (RosterEntry entry : entries) {
            List<@Nullable Object> row = new ArrayList<>(List.of(
                    entry.lastName(),
                    entry.firstName(),
                    entry.email(),
                    orEmpty(entry.organisation()),
                    entry.guest() ? text("congress.export.guest.yes") : text("congress.export.guest.no"),
                    congress.categoryName(entry.categoryId()),
                    text("congress.export.status." + entry.status().name())));
            row.add(entry.waitingPosition());
            row.add(time.format(entry.registeredAt()));
            row.add(entry.ticketCode());
            for (RosterCongress.Session slot : choiceSlots) {
                row.add(entry.choices().stream()
                        .filter(choice -> choice.slotId() == slot.slotId())
                        .findFirst()
                        .map(this::choiceText)
                        .orElse(""));
            }
            if (withNeeds) {
                row.add(orEmpty(entry.dietaryNeeds()));
                row.add(orEmpty(entry.accessibilityNeeds()));
            }
            table.row(row);
        }
        return table.build();
    }

    /**
     * One workshop's list: who has a seat in it (alphabetically, with a box to tick), then who holds
     * a seat in it as their second choice, then its waiting list in order.
     */
    Table workshop(RosterCongress.Session session, List<RosterEntry> placed) {
        Table.Builder table = Table.titled(
                session.title(),
                text("congress.export.present"),
                text("congress.export.lastName"),
                text("congress.export.firstName"),
                text("congress.export.organisation"),
                text("congress.export.category"),
                text("congress.export.seat"),
                text("congress.export.status"));
        List<Row> rows = new ArrayList<>();
        for (RosterEntry entry : placed) {
            for (RosterChoice choice : entry.choices()) {
                if (choice.status() == ChoiceStatus.SEATED && choice.sessionId() == session.id()) {
                    rows.add(new Row(0, 0, entry, text("congress.export.seat.seated")));
                } else if (choice.status() == ChoiceStatus.WAITLISTED
                        && Objects.equals(choice.seatSessionId(), session.id())) {
                    rows.add(new Row(
                            1,
                            0,
                            entry,
                            text("congress.export.seat.secondChoice", congress.sessionTitle(choice.sessionId()))));
                } else if (choice.status() == ChoiceStatus.WAITLISTED && choice.sessionId() == session.id()) {
                    int position = Objects.requireNonNullElse(choice.waitingPosition(), 0);
                    Long elsewhere = choice.seatSessionId();
                    rows.add(new Row(
                            2,
                            position,
                            entry,
                            elsewhere == null
                                    ? text("congress.export.seat.waiting", position)
                                    : text(
                                            "congress.export.seat.waitingWithSeat",
                                            position,
                                            congress.sessionTitle(elsewhere))));
                }
            }
        }
        // The entries come alphabetically; sorting is stable, so each group stays in that order.
        rows.sort(Comparator.comparingInt(Row::group).thenComparingInt(Row::position));
        for (Row row : rows) {
            table.row(
                    row.group() == 2 ? "" : BOX,
                    row.entry().lastName(),
                    row.entry().firstName(),
                    orEmpty(row.entry().organisation()),
                    congress.categoryName(row.entry().categoryId()),
                    row.seat(),
                    text("congress.export.status." + row.entry().status().name()));
        }
        return table.build();
    }

    private record Row(int group, int position, RosterEntry entry, String seat) {}

    /** The door list: everyone with a confirmed place, alphabetically, with the code and a box to tick. */
    Table doorList(List<RosterEntry> confirmed) {
        Table.Builder table = Table.titled(
                text("congress.export.door.sheet"),
                text("congress.export.present"),
                text("congress.export.lastName"),
                text("congress.export.firstName"),
                text("congress.export.organisation"),
                text("congress.export.category"),
                text("congress.export.ticketCode"));
        for (RosterEntry entry : confirmed) {
            table.row(
                    BOX,
                    entry.lastName(),
                    entry.firstName(),
                    orEmpty(entry.organisation()),
                    congress.categoryName(entry.categoryId()),
                    entry.ticketCode());
        }
        return table.build();
    }

    /** The catering counts: totals, then each kind, then each answer as typed (normalised); no names. */
    Table catering(DietaryCounts counts) {
        Table.Builder table = Table.titled(
                text("congress.export.catering.sheet"),
                text("congress.export.catering.part"),
                text("congress.export.catering.what"),
                text("congress.export.catering.count"));
        table.row(text("congress.export.catering.total"), text("congress.export.catering.people"), counts.people());
        table.row(
                text("congress.export.catering.total"),
                text("congress.export.catering.without"),
                counts.withoutNeeds());
        for (DietaryKind kind : counts.kinds()) {
            table.row(
                    text("congress.export.catering.kind"),
                    PrintTexts.text(locale, "congress.catering.kind." + kind.name()),
                    counts.count(kind));
        }
        table.row(
                text("congress.export.catering.kind"),
                text("congress.export.catering.unrecognised"),
                counts.unrecognised());
        for (Map.Entry<String, Integer> answer : counts.byText().entrySet()) {
            table.row(text("congress.export.catering.answer"), answer.getKey(), answer.getValue());
        }
        return table.build();
    }

    private List<RosterCongress.Session> slotsWithChoice() {
        List<RosterCongress.Session> firstOfSlot = new ArrayList<>();
        for (RosterCongress.Session session : congress.choiceSessions()) {
            if (firstOfSlot.stream().noneMatch(seen -> seen.slotId() == session.slotId())) {
                firstOfSlot.add(session);
            }
        }
        return firstOfSlot;
    }

    private String choiceText(RosterChoice choice) {
        String title = congress.sessionTitle(choice.sessionId());
        return switch (choice.status()) {
            case SEATED -> title;
            case WAITLISTED -> {
                Long seat = choice.seatSessionId();
                yield seat == null
                        ? text(
                                "congress.export.choice.waiting",
                                title,
                                Objects.requireNonNullElse(choice.waitingPosition(), 0))
                        : text(
                                "congress.export.choice.waitingWithSeat",
                                title,
                                Objects.requireNonNullElse(choice.waitingPosition(), 0),
                                congress.sessionTitle(seat));
            }
            case PENDING -> text("congress.export.choice.pending", title);
        };
    }

    private String text(String key, Object... arguments) {
        return PrintTexts.text(locale, key, arguments);
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
